"""Identifiers in the formats the real API hands out, random or, from a seed, reproducible."""

from __future__ import annotations

import random
import string

__all__ = ["Ids"]

_BASE62 = string.ascii_letters + string.digits


class Ids:
    """One emulator's ids: drawn from the system's randomness, or from ``seed`` so that the same
    requests in the same order get the same ids on every run."""

    def __init__(self, seed: int | None = None) -> None:
        self.reseed(seed)

    def reseed(self, seed: int | None) -> None:
        self._random = random.SystemRandom() if seed is None else random.Random(seed)  # noqa: S311 - reproducible on purpose

    def _hex(self) -> str:
        return f"{self._random.getrandbits(128):032x}"

    def file_id(self) -> str:
        """``file-`` and 22 base62 characters."""
        return "file-" + "".join(self._random.choice(_BASE62) for _ in range(22))

    def vector_store_id(self) -> str:
        """``vs_`` and 32 hex characters, the newer of the two real formats."""
        return "vs_" + self._hex()

    def batch_id(self) -> str:
        """``vsfb_`` and 32 hex characters."""
        return "vsfb_" + self._hex()

    def item_id(self, prefix: str) -> str:
        """``resp_``, ``msg_``, ``fs_``, ``cmp_``... and 50 hex characters, as Responses ids are."""
        return f"{prefix}_{self._random.getrandbits(200):050x}"

    def request_id(self) -> str:
        """``req_`` and 32 hex characters, sent back as ``x-request-id``."""
        return "req_" + self._hex()
