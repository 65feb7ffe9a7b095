"""Identifiers in the formats the real API hands out."""

from __future__ import annotations

import secrets
import string

__all__ = ["batch_id", "file_id", "request_id", "vector_store_id"]

_BASE62 = string.ascii_letters + string.digits


def _base62(length: int) -> str:
    return "".join(secrets.choice(_BASE62) for _ in range(length))


def file_id() -> str:
    """``file-`` and 22 base62 characters."""
    return "file-" + _base62(22)


def vector_store_id() -> str:
    """``vs_`` and 32 hex characters, the newer of the two real formats."""
    return "vs_" + secrets.token_hex(16)


def batch_id() -> str:
    """``vsfb_`` and 32 hex characters."""
    return "vsfb_" + secrets.token_hex(16)


def request_id() -> str:
    """``req_`` and 32 hex characters, sent back as ``x-request-id``."""
    return "req_" + secrets.token_hex(16)
