"""Turning what a user passes as ``file`` into an upload part, before any request is sent.

A path is opened and streamed by httpx2 in chunks, never read whole into memory. Bare bytes
are sent as ``upload``, as openai-python sends them; the helpers that attach what they upload
to a vector store refuse them (``require_name``), since file search picks its parser by the
name's extension and a nameless upload would only fail later, in processing.

A stream that can be read only once (a pipe, a socket) is copied first, in memory up to
``SPOOL_IN_MEMORY`` and to a temporary file beyond: httpx2 would take a pipe's length from
``fstat`` (0) and send more than it declared, and a retry needs the same bytes again.
"""

from __future__ import annotations

import io
import mimetypes
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from vectorstores_raw.types import File

__all__ = [
    "DEFAULT_CONCURRENCY",
    "MAX_FILES_PER_BATCH",
    "FileContent",
    "FileTypes",
    "file_from_path",
    "file_name",
    "opened",
]

MAX_FILES_PER_BATCH = 2000  # `maxItems` of file_ids in the batch request
# Uploads are network-bound and small files spend most of their time waiting on the server:
# 5 at a time (the official SDK's default) leaves most of the pool of 100 connections idle.
DEFAULT_CONCURRENCY = 32

# openai-python's upload content: an open binary file, bytes, or a path (streamed from disk).
FileContent = IO[bytes] | bytes | os.PathLike[str]
# Content alone (a path as a str too), or openai-python's (name, content[, content_type[,
# headers]]) tuples; a None name is taken from the content where it has one (a path, a file).
FileTypes = (
    str
    | FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)


def file_from_path(path: str | os.PathLike[str]) -> Path:
    """openai-python's helper for an upload from a path. It gives the path itself, which every
    upload accepts and streams, where openai's reads the whole file into memory first."""
    return Path(path)


def _media_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _check_path(path: Path, argument: str) -> None:
    if not path.exists():
        raise FileNotFoundError(f"{argument}: no such file: {str(path)!r}")
    if path.is_dir():
        raise IsADirectoryError(f"{argument}: {str(path)!r} is a directory, not a file")
    if not os.access(path, os.R_OK):
        raise PermissionError(f"{argument}: {str(path)!r} is not readable")


NAMELESS = "upload"  # the name httpx2 (and so openai-python) gives bytes sent as a file
SPOOL_IN_MEMORY = 8 << 20  # bytes of a one-shot stream kept in memory before spilling to disk
_CHUNK = 1 << 16


def file_name(file: Any, argument: str = "file", *, require_name: bool = False) -> str:
    """The name an upload will carry; raises the same errors as ``opened`` would."""
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        _check_path(path, argument)
        return path.name
    if isinstance(file, tuple):
        if len(file) not in (2, 3, 4):
            raise ValueError(
                f"{argument}: a tuple must be (filename, content[, content_type[, headers]]), got {len(file)} items"
            )
        name, content = file[0], file[1]
        if name is None:  # openai-python's nameless tuple: the content's own name, as for the content alone
            return file_name(content, argument, require_name=require_name)
        if len(file) == 4 and not isinstance(file[3], Mapping):
            raise TypeError(f"{argument}: the tuple's headers must be a mapping, got {type(file[3]).__name__}")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{argument}: the file name in the tuple must be a non-empty string, got {name!r}")
        if isinstance(content, os.PathLike):
            _check_path(Path(content), argument)
        elif not isinstance(content, (bytes, bytearray)) and not hasattr(content, "read"):
            raise TypeError(
                f"{argument}: tuple content must be bytes, a binary file or a path, got {type(content).__name__}"
            )
        return name
    if isinstance(file, (bytes, bytearray, memoryview)):
        if not require_name:
            return NAMELESS
        raise ValueError(
            f"{argument}: bytes carry no file name; pass (filename, data) instead, e.g. ('notes.txt', data)"
        )
    if hasattr(file, "read"):
        name = getattr(file, "name", None)
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        if (not isinstance(name, str) or not name or name.startswith("<")) and not require_name:
            if isinstance(file.read(0), str):
                raise TypeError(f"{argument}: open the file in binary mode ('rb'), not text mode")
            return NAMELESS
        if not isinstance(name, str) or not name or name.startswith("<"):
            raise ValueError(f"{argument}: the stream has no file name; pass (filename, stream) instead")
        if isinstance(file.read(0), str):
            raise TypeError(f"{argument}: open the file in binary mode ('rb'), not text mode")
        return os.path.basename(name)
    raise TypeError(
        f"{argument}: expected a path, a binary file object or a (filename, content) tuple, got {type(file).__name__}"
    )


@contextmanager
def opened(file: Any, argument: str = "file") -> Iterator[File]:
    """An upload part for ``file``; a path is opened here and closed afterwards."""
    name = file_name(file, argument)
    if isinstance(file, (str, os.PathLike)):
        with open(file, "rb") as handle:
            yield File(payload=handle, file_name=name, mime_type=_media_type(name))
        return
    headers = None
    if isinstance(file, tuple):
        media = file[2] if len(file) >= 3 and file[2] else _media_type(name)
        headers = dict(file[3]) if len(file) == 4 else None
        if isinstance(file[1], os.PathLike):  # (name, path): the path's content, under this name
            with open(file[1], "rb") as handle:
                yield File(payload=handle, file_name=name, mime_type=media, headers=headers)
            return
        content = bytes(file[1]) if isinstance(file[1], bytearray) else file[1]
    else:
        media = _media_type(name)
        content = bytes(file) if isinstance(file, (bytearray, memoryview)) else file
    with _replayable(content, argument) as payload:
        yield File(payload=payload, file_name=name, mime_type=media, headers=headers)


def _one_shot(content: Any) -> bool:
    """Whether ``content`` is a stream that cannot go back to its start."""
    if isinstance(content, bytes):
        return False
    seekable = getattr(content, "seekable", None)
    try:
        return not hasattr(content, "seek") or (callable(seekable) and not seekable())
    except (OSError, ValueError):  # a closed file: reading it will say so
        return True


@contextmanager
def _replayable(content: Any, argument: str) -> Iterator[Any]:
    """``content`` itself, or a copy that can be read again if it is a one-shot stream."""
    if not _one_shot(content):
        yield content
        return
    spool: IO[bytes] = io.BytesIO()
    try:
        while chunk := content.read(_CHUNK):
            if not isinstance(chunk, (bytes, bytearray)):
                raise TypeError(f"{argument}: open the stream in binary mode ('rb'), not text mode")
            if isinstance(spool, io.BytesIO) and spool.tell() + len(chunk) > SPOOL_IN_MEMORY:
                on_disk = tempfile.TemporaryFile()  # noqa: SIM115 - closed in the finally below
                on_disk.write(spool.getvalue())
                spool = on_disk
            spool.write(chunk)
        spool.seek(0)
        yield spool
    finally:
        spool.close()
