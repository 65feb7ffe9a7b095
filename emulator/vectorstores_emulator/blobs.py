"""Uploaded bytes: files on disk under ``--data-dir``, or held in memory without one."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["Blobs"]

_CHUNK = 1 << 20


class Blobs:
    """Content of uploaded files by file id."""

    def __init__(self, data_dir: Path | None) -> None:
        self._dir = None if data_dir is None else data_dir / "files"
        if self._dir is not None:
            self._dir.mkdir(parents=True, exist_ok=True)
        self._memory: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def put(self, file_id: str, source: BinaryIO) -> int:
        """Store everything ``source`` holds from its start; return the byte count."""
        source.seek(0)
        if self._dir is None:
            data = source.read()
            with self._lock:
                self._memory[file_id] = data
            return len(data)
        path = self._dir / file_id
        partial = path.with_suffix(".partial")
        with partial.open("wb") as target:
            shutil.copyfileobj(source, target, _CHUNK)
        partial.replace(path)  # a crash mid-copy never leaves a short file under the real name
        return path.stat().st_size

    def read(self, file_id: str) -> bytes:
        if self._dir is None:
            with self._lock:
                return self._memory.get(file_id, b"")
        path = self._dir / file_id
        return path.read_bytes() if path.exists() else b""

    def path(self, file_id: str) -> Path | None:
        """Where the content lives on disk, when it does."""
        return None if self._dir is None else self._dir / file_id

    def stream(self, file_id: str) -> Iterator[bytes]:
        """The content in pieces, so a large file is never held whole to be served."""
        path = self.path(file_id)
        if path is None:
            yield self.read(file_id)
            return
        with path.open("rb") as source:
            while piece := source.read(_CHUNK):
                yield piece

    def delete(self, file_id: str) -> None:
        if self._dir is None:
            with self._lock:
                self._memory.pop(file_id, None)
        else:
            (self._dir / file_id).unlink(missing_ok=True)

    def clear(self) -> None:
        with self._lock:
            self._memory.clear()
        if self._dir is not None:
            for path in self._dir.iterdir():
                path.unlink(missing_ok=True)
