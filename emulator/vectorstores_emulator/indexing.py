"""Turning an attached file into searchable chunks, in the background as the real API does."""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from pathlib import PurePath

import anyio
import anyio.to_thread

from .blobs import Blobs
from .documents import FORMATS, document_text
from .search import CJK
from .state import Row, State, loads

__all__ = ["AUTO_CHUNKING", "SUPPORTED_EXTENSIONS", "Indexer", "Unreadable", "chunk", "extract_text", "tokens"]

logger = logging.getLogger("vectorstores_emulator")

# What ``{"type": "auto"}`` means today, per the API reference.
AUTO_CHUNKING = {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}

# Extensions file search accepts. Text formats are read as UTF-8; PDF, DOCX and PPTX through
# their libraries (documents.py); .doc has its printable runs of text extracted.
TEXT_EXTENSIONS = frozenset(
    {".c", ".cpp", ".cs", ".css", ".csv", ".go", ".html", ".java", ".js", ".json", ".md"}
    | {".php", ".py", ".rb", ".sh", ".tex", ".ts", ".txt", ".xml", ".yaml", ".yml"}
)
DOCUMENT_EXTENSIONS = frozenset([".doc", ".docx", ".pdf", ".pptx"])
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | DOCUMENT_EXTENSIONS

# A token is a word, a single CJK character (those scripts put no spaces between words) or a
# single punctuation mark: close enough to a BPE count for chunk sizes.
_TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+|[^\w\s]")
_PRINTABLE_RUN = re.compile(rb"[\x20-\x7e\t\n\r]{4,}")


class Unreadable(Exception):
    """Content the indexer cannot turn into text; becomes the file's ``last_error``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def extract_text(filename: str, data: bytes) -> str:
    """The text of a file, or Unreadable with the code the real API reports."""
    extension = PurePath(filename).suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        raise Unreadable("unsupported_file", f"The file type {extension or '(none)'} is not supported.")
    if extension in FORMATS:
        try:
            text = document_text(extension, data)
        except Exception as error:  # each library has its own errors for a damaged or fake file
            raise Unreadable(
                "invalid_file", f"The {extension} file could not be read ({type(error).__name__})."
            ) from None
    elif extension in DOCUMENT_EXTENSIONS:  # .doc, which no well-kept library reads
        text = "\n".join(run.decode("ascii") for run in _PRINTABLE_RUN.findall(data))
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise Unreadable("invalid_file", "The file could not be parsed as UTF-8 text.") from None
        if "\x00" in text:
            raise Unreadable("invalid_file", "The file contains binary data.")
    if not text.strip():
        raise Unreadable("invalid_file", "The file contains no text to index.")
    return text


def tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def chunk(text: str, max_tokens: int, overlap: int) -> list[str]:
    """Windows of ``max_tokens`` tokens, each starting ``max_tokens - overlap`` after the last;
    a chunk is the original text from its first token to its last."""
    found = tokens(text)
    step = max(1, max_tokens - overlap)
    pieces = []
    for start in range(0, max(len(found), 1), step):
        window = found[start : start + max_tokens]
        if not window:
            break
        pieces.append(text[window[0].start() : window[-1].end()])
        if start + max_tokens >= len(found):
            break
    return pieces


@dataclass
class Indexer:
    """Indexes attached files once their processing delay is over; runs for the app's lifetime."""

    state: State
    blobs: Blobs

    def __post_init__(self) -> None:
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """New work: look again now rather than at the next planned time."""
        self._wake.set()

    async def catch_up(self) -> None:
        """Index every file whose processing is due by now."""
        for row in self.state.due(self.state.clock.now()):
            try:
                await anyio.to_thread.run_sync(self._index, row)
            except Exception:
                # A file the indexer trips over fails alone; the loop goes on for every other file.
                logger.exception("indexing %s in %s failed", row["id"], row["vector_store_id"])
                problem = {"code": "server_error", "message": "The file could not be indexed."}
                self.state.finish(row["vector_store_id"], row["id"], row["attempt"], error=problem)

    async def run(self) -> None:
        while True:
            await self.catch_up()
            upcoming = self.state.next_due()
            wait = 1.0 if upcoming is None else min(1.0, max(0.0, upcoming - self.state.clock.now()))
            self._wake.clear()
            # Not wait_for with suppress(TimeoutError): before Python 3.11 asyncio's TimeoutError is
            # another class, and the worker died at its first idle second.
            with anyio.move_on_after(wait):
                await self._wake.wait()

    def _index(self, row: Row) -> None:
        store_id, file_id, attempt = row["vector_store_id"], row["id"], row["attempt"]
        strategy = loads(row["chunking"])
        problem: Unreadable | None = None
        try:
            text = extract_text(row["filename"], self.blobs.read(file_id))
        except OSError:  # the content went missing: fail this file rather than retry it forever
            text, problem = "", Unreadable("server_error", "The file content could not be read.")
        except Unreadable as unreadable:
            text, problem = "", unreadable
        if problem is not None:
            self.state.finish(store_id, file_id, attempt, error={"code": problem.code, "message": problem.message})
            return
        pieces = chunk(text, strategy["max_chunk_size_tokens"], strategy["chunk_overlap_tokens"])
        self.state.finish(store_id, file_id, attempt, chunks=pieces, usage_bytes=len(text.encode("utf-8")))
