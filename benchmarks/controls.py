"""Controls of the emulator and fixtures on disk, used by the runner between measured runs
(never inside a worker, so nothing here is in any measurement)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx2

from .payloads import API_KEY

__all__ = ["Emulator", "write_files"]


class Emulator:
    """The emulator's controls, used between runs (from this process, never a measured one)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.root = base_url.removesuffix("/v1")
        self.http = httpx2.Client(headers={"Authorization": f"Bearer {API_KEY}"}, timeout=60)

    def reset(self, latency_ms: int = 0) -> None:
        """Forget everything; then, with ``latency_ms``, delay every API request by that much."""
        self.http.post(f"{self.root}/_emulator/reset").raise_for_status()
        if latency_ms:
            fault = {"path": "/v1/*", "times": 1_000_000, "delay_ms": latency_ms}
            self.http.post(f"{self.root}/_emulator/faults", json=fault).raise_for_status()

    def create_store(self) -> str:
        response = self.http.post(f"{self.base_url}/vector_stores", json={"name": "bench"})
        response.raise_for_status()
        return str(response.json()["id"])

    def upload(self, path: Path) -> str:
        with path.open("rb") as handle:
            response = self.http.post(
                f"{self.base_url}/files", data={"purpose": "assistants"}, files={"file": (path.name, handle)}
            )
        response.raise_for_status()
        return str(response.json()["id"])

    def requests(self) -> list[dict[str, Any]]:
        response = self.http.get(f"{self.root}/_emulator/requests")
        response.raise_for_status()
        return list(response.json()["requests"])

    def clear_requests(self) -> None:
        self.http.delete(f"{self.root}/_emulator/requests").raise_for_status()

    def close(self) -> None:
        self.http.close()


def write_files(directory: Path, count: int, size: int) -> list[str]:
    """``count`` text files of ``size`` bytes; each different, so each indexes into its own chunks."""
    paths = []
    for index in range(count):
        line = f"document {index}: batches of small files are how most stores are filled.\n".encode()
        path = directory / f"doc-{index:04d}.txt"
        path.write_bytes((line * (size // len(line) + 1))[:size])
        paths.append(str(path))
    return paths
