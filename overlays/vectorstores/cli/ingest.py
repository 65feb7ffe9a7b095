"""``upload``: find the files, upload them with byte-level progress, attach them in file batches,
wait for processing, and after Ctrl-C leave nothing behind that nobody asked for.

Uploads run on a thread pool through ``client.files.create``; each file is read through a
counting reader, which gives the bytes for the progress bar and lets Ctrl-C stop an upload in the
middle of its body. What was uploaded but not yet attached to the store is deleted again on
interruption; what is attached stays, and the server finishes processing it.
"""

from __future__ import annotations

import io
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from vectorstores import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    NotFoundError,
    OpenAI,
    PermissionDeniedError,
)
from vectorstores.lib.file_batches import MAX_FILES_PER_BATCH
from vectorstores.lib.sync import SUPPORTED
from vectorstores.types import VectorStore, VectorStoreFileBatch

from .progress import ProgressDisplay

__all__ = ["SUPPORTED_EXTENSIONS", "Collected", "Ingest", "Outcome", "Source", "collect"]

# What file search indexes, as sync knows it; anything else would only fail in processing.
SUPPORTED_EXTENSIONS = SUPPORTED
# Errors that no other file would escape either: stop everything rather than fail each file.
FATAL = (AuthenticationError, PermissionDeniedError, APIConnectionError, NotFoundError)
TICK = 0.1  # seconds between progress updates while uploading
POLL_DEFAULT, POLL_MIN, POLL_MAX = 0.5, 0.05, 2.0  # seconds between polls of a batch


# --- Finding the files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A file to upload, as the user will recognise it."""

    path: Path
    size: int
    relative: str  # its path under the folder given (its name, if given itself): the ``path`` attribute

    @property
    def display(self) -> str:
        return str(self.path)


@dataclass
class Collected:
    """The files to upload, in a stable order, and those skipped for their extension."""

    sources: list[Source] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    loops: list[Path] = field(default_factory=list)  # symlinks that lead back to themselves

    @property
    def total_bytes(self) -> int:
        return sum(source.size for source in self.sources)

    def skipped_extensions(self) -> str:
        """``3 .bin, 2 .png`` for the skipped files, most frequent first, then alphabetically."""
        counts = Counter(path.suffix.lower() or "(no extension)" for path in self.skipped)
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return ", ".join(f"{count} {extension}" for extension, count in ordered)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, sorted, leaving out hidden files and folders (``.git`` and the like)."""
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(root) / name


def collect(paths: Iterable[Path]) -> Collected:
    """Expand folders and sort files into those to upload and those skipped; each file once."""
    collected = Collected()
    seen: set[Path] = set()
    for given in paths:
        for path in _walk(given) if given.is_dir() else [given]:
            try:
                resolved = path.resolve(strict=True)
            except (RuntimeError, OSError):  # a symlink loop (or one left dangling)
                collected.loops.append(path)
                continue
            if resolved in seen or not path.is_file():
                continue
            seen.add(resolved)
            if path.suffix.lower() in SUPPORTED_EXTENSIONS:
                relative = path.relative_to(given).as_posix() if given.is_dir() else path.name
                collected.sources.append(Source(path, path.stat().st_size, relative))
            else:
                collected.skipped.append(path)
    return collected


# --- Uploading -----------------------------------------------------------------------------------


class _Stopped(Exception):
    """Raised inside an upload's body when the run is being interrupted."""


class _CountingReader(io.BufferedReader):
    """A file whose reads report how far they got, and fail once the run is stopped.

    httpx2 reads the body in 64 kB chunks as it sends, so the position is the bytes handed to the
    socket; a retry seeks back to 0 and the count goes back with it."""

    def __init__(self, path: Path, report: Callable[[int], None], stop: threading.Event) -> None:
        super().__init__(io.FileIO(str(path), "rb"))  # a str name: the upload is named after it
        self._report = report
        self._stop = stop

    def read(self, size: int | None = -1, /) -> bytes:
        if self._stop.is_set():
            raise _Stopped
        data = super().read(size)
        self._report(self.tell())
        return data


def _reason(error: BaseException) -> str:
    """Why a file failed, in a few words."""
    if isinstance(error, APIStatusError):
        said = error.body.get("message") if isinstance(error.body, dict) else None
        return str(said or error.message).rstrip(".") or f"HTTP {error.status_code}"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error) or type(error).__name__


@dataclass
class Outcome:
    """What a run of ``upload`` did, for the summary."""

    store: VectorStore
    created_store: bool
    skipped: list[Path]
    sources: list[Source]
    file_ids: dict[int, str] = field(default_factory=dict)  # uploaded, by index into sources
    failed: dict[int, str] = field(default_factory=dict)  # why, by index into sources
    attached: list[int] = field(default_factory=list)
    interrupted: str | None = None  # the phase Ctrl-C arrived in: "upload", "attach" or "processing"
    not_started: int = 0  # uploads cancelled before they began
    deleted: list[str] = field(default_factory=list)  # uploads removed again
    not_deleted: list[str] = field(default_factory=list)  # uploads that could not be removed
    removed_store: bool = False  # the store this run created, removed again as it stayed empty
    seconds: float = 0.0

    @property
    def completed(self) -> list[int]:
        return [index for index in self.attached if index not in self.failed]

    @property
    def uploaded_bytes(self) -> int:
        return sum(self.sources[index].size for index in self.file_ids)


@contextmanager
def _patient_interrupts(note: Callable[[str], None]) -> Iterator[None]:
    """While cleaning up, the first Ctrl-C only says to wait; a second one quits at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed = False

    def handler(signum: int, frame: FrameType | None) -> None:
        nonlocal pressed
        if pressed:
            raise KeyboardInterrupt
        pressed = True
        note("still cleaning up; press Ctrl-C again to quit now and leave the uploads in place")

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class Ingest:
    """One run of ``upload`` into one store."""

    def __init__(
        self,
        client: OpenAI,
        outcome: Outcome,
        *,
        attributes: Mapping[str, str | float | bool] | None,
        chunking_strategy: dict[str, Any] | None,
        concurrency: int,
        progress: ProgressDisplay,
        note: Callable[[str], None],
    ) -> None:
        self.client = client
        self.outcome = outcome
        self.attributes = dict(attributes) if attributes else None
        self.chunking_strategy = chunking_strategy
        self.concurrency = concurrency
        self.progress = progress
        self.note = note
        self._lock = threading.Lock()
        self._positions = [0] * len(outcome.sources)

    @property
    def store_id(self) -> str:
        return self.outcome.store.id

    def run(self) -> Outcome:
        """Upload, attach, wait; Ctrl-C is caught and recorded, other errors clean up and propagate."""
        started = time.monotonic()
        phase = "upload"
        try:
            self._upload_all()
            if self.outcome.file_ids:
                phase = "attach"
                batches = self._attach()
                phase = "processing"
                self._collect_failures(self._wait(batches))
        except KeyboardInterrupt:
            self.outcome.interrupted = phase
            with _patient_interrupts(self.note):
                self._forget_empty_store()
        except BaseException:
            self._forget_empty_store()
            raise
        finally:
            self.outcome.seconds = time.monotonic() - started
        return self.outcome

    # Uploads ------------------------------------------------------------------------------------

    def _moved(self, index: int, position: int) -> None:
        with self._lock:
            self._positions[index] = position

    def _sent(self) -> int:
        with self._lock:
            return sum(self._positions)

    def _upload_one(self, index: int, stop: threading.Event) -> str:
        if stop.is_set():
            raise _Stopped
        source = self.outcome.sources[index]
        with _CountingReader(source.path, lambda position: self._moved(index, position), stop) as stream:
            return self.client.files.create(file=stream, purpose="assistants").id

    def _settle(self, future: Future[str], index: int) -> None:
        """Record a finished upload; a fatal error propagates to stop the run."""
        error = future.exception()
        if error is None:
            self.outcome.file_ids[index] = future.result()
            return
        if isinstance(error, _Stopped):
            return
        if isinstance(error, FATAL):
            raise error
        self.outcome.failed[index] = _reason(error)
        self._moved(index, self.outcome.sources[index].size)  # counts as done for the bar

    def _upload_all(self) -> None:
        sources = self.outcome.sources
        self.progress.start_upload(len(sources), sum(source.size for source in sources))
        stop = threading.Event()
        pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="vectorstores-upload")
        futures = {pool.submit(self._upload_one, index, stop): index for index in range(len(sources))}
        unsettled = set(futures)
        try:
            while unsettled:
                done, _ = wait(unsettled, timeout=TICK, return_when=FIRST_COMPLETED)
                for future in done:
                    unsettled.discard(future)
                    self._settle(future, futures[future])
                finished = len(self.outcome.file_ids) + len(self.outcome.failed)
                self.progress.upload_advanced(finished, self._sent())
        except BaseException:
            # Ctrl-C or a fatal error: what has not started never will, what is sending stops at
            # its next read, and whatever reached the server is deleted again.
            stop.set()
            with _patient_interrupts(self.note):
                self.outcome.not_started = sum(future.cancel() for future in unsettled)
                pool.shutdown(wait=True)
                for future in unsettled:
                    if not future.cancelled() and future.exception() is None:
                        self.outcome.file_ids[futures[future]] = future.result()
                self._delete(list(self.outcome.file_ids.values()))
            raise
        finally:
            pool.shutdown(wait=True)

    def _delete(self, file_ids: Sequence[str]) -> None:
        """Delete uploads on the pool's width; those that cannot be deleted are listed."""

        def delete(file_id: str) -> None:
            with suppress(NotFoundError):  # gone already: what we wanted
                self.client.files.delete(file_id)
            self.outcome.deleted.append(file_id)

        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="vectorstores-cleanup") as pool:
            futures = {pool.submit(delete, file_id): file_id for file_id in file_ids}
        self.outcome.not_deleted.extend(file_id for future, file_id in futures.items() if future.exception())

    # Attaching and waiting ----------------------------------------------------------------------

    def _attach(self) -> list[VectorStoreFileBatch]:
        """One file batch per 2,000 uploads, in input order; on failure the unattached go."""
        order = sorted(self.outcome.file_ids)
        parts = [order[start : start + MAX_FILES_PER_BATCH] for start in range(0, len(order), MAX_FILES_PER_BATCH)]
        batches: list[VectorStoreFileBatch] = []
        try:
            for part in parts:
                chunking = {} if self.chunking_strategy is None else {"chunking_strategy": self.chunking_strategy}
                files: list[Any] = [
                    {
                        "file_id": self.outcome.file_ids[index],
                        # The path tells a/README.md from b/README.md, and is what sync knows files by.
                        "attributes": {"path": self.outcome.sources[index].relative, **(self.attributes or {})},
                        **chunking,
                    }
                    for index in part
                ]
                batch = self.client.vector_stores.file_batches.create(self.store_id, files=files)
                batches.append(batch)
                self.outcome.attached.extend(part)
        except BaseException:
            with _patient_interrupts(self.note):
                attached = set(self.outcome.attached)
                self._delete([self.outcome.file_ids[index] for index in order if index not in attached])
            raise
        return batches

    def _wait(self, batches: list[VectorStoreFileBatch]) -> list[VectorStoreFileBatch]:
        """Poll each batch until the server has processed it, moving the second bar; returns the
        batches as they ended."""
        self.progress.start_processing(len(self.outcome.attached))
        done_before = failed_before = 0
        finished = []
        for created in batches:
            while True:
                response = self.client.vector_stores.file_batches.with_raw_response.retrieve(
                    created.id, vector_store_id=self.store_id
                )
                batch: VectorStoreFileBatch = response.parse()
                counts = batch.file_counts
                failed = counts.failed + counts.cancelled
                self.progress.processing_advanced(done_before + counts.completed + failed, failed_before + failed)
                if batch.status != "in_progress":
                    break
                time.sleep(_poll_wait(response.headers))
            finished.append(batch)
            done_before += counts.total
            failed_before += failed
        return finished

    def _collect_failures(self, batches: list[VectorStoreFileBatch]) -> None:
        """Why each file that failed processing failed, asked of the batches that had failures."""
        by_id = {self.outcome.file_ids[index]: index for index in self.outcome.attached}
        for batch in batches:
            for status in ("failed", "cancelled"):
                if not getattr(batch.file_counts, status, 0):
                    continue
                for item in self.client.vector_stores.file_batches.list_files(
                    batch.id, vector_store_id=self.store_id, filter=status, limit=100
                ):
                    error = item.last_error
                    reason = f"{error.code}: {error.message}".rstrip(".") if error else status
                    if item.id in by_id:
                        self.outcome.failed[by_id[item.id]] = reason

    def _forget_empty_store(self) -> None:
        """A store this run created and nothing reached is deleted, so an interrupted first try
        leaves no empty store behind (and ``--create`` works the same on the next one)."""
        if self.outcome.created_store and not self.outcome.attached:
            try:
                self.client.vector_stores.delete(self.store_id)
            except Exception:  # best effort: if it stays, the summary does not claim otherwise
                return
            self.outcome.removed_store = True


def _poll_wait(headers: Mapping[str, str]) -> float:
    """The server's ``openai-poll-after-ms`` hint in seconds, kept short enough for a live bar."""
    try:
        wait_seconds = int(headers.get("openai-poll-after-ms", "")) / 1000
    except ValueError:
        wait_seconds = POLL_DEFAULT
    return min(max(wait_seconds, POLL_MIN), POLL_MAX)
