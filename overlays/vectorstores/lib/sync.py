"""``client.vector_stores.sync``: keep a folder (or any set of named contents) and a vector store
identical, changing only what changed.

The store is the record. Every file sync attaches carries its relative path (``path``) and the
SHA-256 of its content (``sha256``) in its attributes, beside the caller's own, so any machine can
sync a store with no local state. A changed file's new version is uploaded, attached and processed
before the old one is detached and its File deleted; if the new version fails, the old one stays.

A sync may be killed at any moment and the next one finishes the job: two versions of one path
are told apart by their hash, and Files a sync uploaded but never attached are recognised by their
name, which starts with the store's id (``vs_abc--notes.md``), and deleted. Files without that
mark are never deleted, only detached. Two syncs of one store at the same time are not supported.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import httpx2
from vectorstores_raw.errors import NotFoundError, RateLimitError
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Query

from .._clock import Clock
from .._flow import Flow, Step, asynchronous, returned_id, run_async, run_sync
from .._polling import Extras, _sleep, extras
from .._resource import AsyncAPIResource, SyncAPIResource
from .._retries import backoff, retry_after
from .._uploads import DEFAULT_CONCURRENCY, MAX_FILES_PER_BATCH

if TYPE_CHECKING:  # only named in annotations: an older document may have other models
    from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam

__all__ = [
    "HASH_KEY",
    "PATH_KEY",
    "SUPPORTED",
    "AsyncVectorStoresHelpers",
    "SyncProgress",
    "SyncReport",
    "VectorStoresHelpers",
]

PATH_KEY, HASH_KEY = "path", "sha256"  # the attributes sync keeps on every file it attaches
MAX_ATTRIBUTES, MAX_KEY_CHARS, MAX_VALUE_CHARS = 16, 64, 512  # the API's limits on file attributes
LIST_LIMIT = 100  # the most a store's file list returns per page
MAX_RATE_LIMITED = 100  # 429s in a row for one request before it counts as failed
# The widest gap between request starts: past it Retry-After alone paces, so a long run of 429s
# cannot slow sync down to a request every few minutes.
MAX_GAP = 1.0
# What file search reads (platform docs, "supported files"); anything else would only fail processing.
SUPPORTED = frozenset(
    {".c", ".cpp", ".cs", ".css", ".doc", ".docx", ".go", ".html", ".java", ".js", ".json", ".md", ".pdf"}
    | {".php", ".pptx", ".py", ".rb", ".sh", ".tex", ".ts", ".txt"}
)

Content = bytes | str | os.PathLike[str]  # the bytes, or the path of a file holding them
SyncProgress = Callable[[str, int, int], None]  # (phase: "upload" | "process" | "remove", done, total)


@dataclass
class SyncReport:
    """What a sync did (with ``dry_run``, would do), by relative path."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # new content, or only new attributes
    deleted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # left alone locally, and why; kept in the store
    failed: dict[str, str] = field(default_factory=dict)  # and why; the store keeps the previous version
    orphans: list[str] = field(default_factory=list)  # Files an interrupted sync uploaded but never attached
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def fail(self, key: str, reason: str) -> None:
        """``key`` (a path, or the id of a leftover File) failed: it is no longer counted as done."""
        for done in (self.added, self.updated, self.deleted):
            if key in done:
                done.remove(key)
        self.failed[key] = reason


@dataclass
class _Local:
    path: str
    content: bytes | Path
    attributes: dict[str, str | float | bool]  # the caller's and ours, as the store should hold them


@dataclass
class _Plan:
    upload: list[_Local] = field(default_factory=list)
    retag: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)  # (path, file id, attributes)
    wait: list[tuple[str, str]] = field(default_factory=list)  # (path, file id) still processing from before
    replace: dict[str, list[str]] = field(default_factory=dict)  # path -> old versions, removed once the new is in
    remove: list[tuple[str, str]] = field(default_factory=list)  # (path, file id) to remove now


# --- Checking and reading the source, before any request -------------------------------------------


def _check_attributes(attributes: Mapping[str, str | float | bool] | None) -> dict[str, str | float | bool]:
    given = dict(attributes or {})
    room = MAX_ATTRIBUTES - 2
    if len(given) > room:
        raise ValueError(
            f"attributes: at most {room} keys (the API allows {MAX_ATTRIBUTES}, sync keeps 2), got {len(given)}"
        )
    for key, value in given.items():
        if key in (PATH_KEY, HASH_KEY):
            raise ValueError(f"attributes: {key!r} is kept by sync itself and cannot be given")
        if not isinstance(key, str) or not 1 <= len(key) <= MAX_KEY_CHARS:
            raise ValueError(f"attributes: keys are strings of 1 to {MAX_KEY_CHARS} characters, got {key!r}")
        if not isinstance(value, (str, int, float)):
            raise TypeError(f"attributes[{key!r}]: a string, number or boolean, got {type(value).__name__}")
        if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
            raise ValueError(f"attributes[{key!r}]: a string of at most {MAX_VALUE_CHARS} characters, got {len(value)}")
    return given


def _walk(root: Path, skipped: dict[str, str]) -> Iterator[tuple[str, Path]]:
    """Every file under ``root`` (following symlinks, each folder once; hidden names left out)."""
    if not root.is_dir():
        raise NotADirectoryError(f"source: {str(root)!r} is not a directory")

    def unreadable(error: OSError) -> None:
        skipped[Path(error.filename).relative_to(root).as_posix() + "/"] = f"not readable: {error.strerror}"

    seen: set[tuple[int, int]] = set()
    for folder, folders, files in os.walk(root, onerror=unreadable, followlinks=True):
        here = Path(folder)
        status = here.stat()
        if (status.st_dev, status.st_ino) in seen:
            skipped[here.relative_to(root).as_posix() + "/"] = "symlink loop (a folder already synced)"
            folders.clear()
            continue
        seen.add((status.st_dev, status.st_ino))
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield (here / name).relative_to(root).as_posix(), here / name


def _named(source: Iterable[tuple[str, Content]] | Mapping[str, Content]) -> Iterator[tuple[str, bytes | Path]]:
    """The (relative path, content) pairs given, checked: relative, inside the source, unique."""
    if isinstance(source, (bytes, bytearray)) or not isinstance(source, Iterable):
        raise TypeError(f"source must be a folder or (relative path, content) pairs, got {type(source).__name__}")
    seen: set[str] = set()
    for index, item in enumerate(source.items() if isinstance(source, Mapping) else source):
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError(f"source[{index}] must be a (relative path, content) pair, got {item!r}")
        name, content = item
        path = PurePosixPath(name) if isinstance(name, str) else None
        if path is None or not name.strip() or path.is_absolute() or ".." in path.parts or "\\" in name:
            raise ValueError(f"source[{index}]: the path must be relative, '/'-separated and inside, got {name!r}")
        if path.as_posix() in seen:
            raise ValueError(f"source[{index}]: {path.as_posix()!r} is given twice")
        if not isinstance(content, (bytes, str, os.PathLike)):
            raise TypeError(f"source[{index}]: content must be bytes or a file's path, got {type(content).__name__}")
        seen.add(path.as_posix())
        yield path.as_posix(), content if isinstance(content, bytes) else Path(content)


def _digest(content: bytes | Path) -> str:
    if isinstance(content, bytes):
        return hashlib.sha256(content).hexdigest()
    digest = hashlib.sha256()
    with content.open("rb") as handle:
        while chunk := handle.read(1 << 16):
            digest.update(chunk)
    return digest.hexdigest()


def _scan(source: Any, attributes: dict[str, Any], report: SyncReport) -> dict[str, _Local]:
    """The files to sync by relative path; what cannot be synced goes to ``report.skipped``."""
    pairs = _walk(Path(source), report.skipped) if isinstance(source, (str, os.PathLike)) else _named(source)
    found = {}
    for path, content in pairs:
        suffix = PurePosixPath(path).suffix.lower()
        try:
            size = len(content) if isinstance(content, bytes) else content.stat().st_size
            if suffix not in SUPPORTED:
                report.skipped[path] = f"file type {suffix or '(none)'} is not one file search reads"
            elif len(path) > MAX_VALUE_CHARS:
                report.skipped[path] = f"path longer than {MAX_VALUE_CHARS} characters, the limit of an attribute"
            elif size == 0:
                report.skipped[path] = "empty file"
            else:
                ours = {PATH_KEY: path, HASH_KEY: _digest(content)}
                found[path] = _Local(path, content, {**attributes, **ours})
        except OSError as error:  # a broken symlink, a file without read permission
            report.skipped[path] = f"not readable: {error.strerror or error}"
    return found


# --- What to do: the local files against the store's record ------------------------------------------


def _plan(local: dict[str, _Local], remote: list[Any], delete: bool, report: SyncReport) -> _Plan:
    by_path: dict[str, list[Any]] = {}
    for entry in remote:
        path = (entry.attributes or {}).get(PATH_KEY)
        if isinstance(path, str):  # files without a path were not put there by sync (or upload): not ours
            by_path.setdefault(path, []).append(entry)
    plan = _Plan()
    for path, want in local.items():
        entries = by_path.pop(path, [])
        live = [entry for entry in entries if entry.status in ("completed", "in_progress")]
        matching = [entry for entry in live if (entry.attributes or {}).get(HASH_KEY) == want.attributes[HASH_KEY]]
        current = min(matching, key=lambda entry: entry.status != "completed", default=None)
        if current is None:
            (report.updated if live else report.added).append(path)
            plan.upload.append(want)
            plan.replace[path] = [entry.id for entry in live]
            plan.remove += [(path, entry.id) for entry in entries if entry not in live]
            continue
        # Left by an interrupted sync: a version still processing replaces the others once done.
        others = [entry for entry in entries if entry is not current]
        if current.status == "in_progress":
            plan.wait.append((path, current.id))
            plan.replace[path] = [entry.id for entry in others if entry in live]
            others = [entry for entry in others if entry not in live]
        plan.remove += [(path, entry.id) for entry in others]
        if current.attributes != want.attributes:
            plan.retag.append((path, current.id, want.attributes))
        changed = current.status == "in_progress" or current.attributes != want.attributes
        (report.updated if changed else report.unchanged).append(path)
    for path, entries in by_path.items():
        # A file that could not be read this time is kept, and so is everything under a folder
        # that could not be read.
        kept = any(path == key or (key.endswith("/") and path.startswith(key)) for key in report.skipped)
        if delete and not kept:
            report.deleted.append(path)
            plan.remove += [(path, entry.id) for entry in entries]
    return plan


# --- Requests, paced to stay under the API's rate limits --------------------------------------------


class _Pacer:
    """Spaces the starts of a sync's requests so that a rate limit is met rather than hit.

    A 429 holds every request until the server's Retry-After and widens the gap between starts
    by half, once per wave: the 429s of requests whose start was planned before the widening say
    nothing new. Each success narrows it by 0.2%, so the pace settles just under the limit
    (narrowing by 1% got there as fast but with three times the 429s)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.lock = threading.Lock()  # the sync client's requests run on threads
        self.gap = self.next = self.widened = 0.0

    def slot(self) -> tuple[float, float]:
        """When the next request starts, and how long to wait for it."""
        with self.lock:
            now = self.clock.now()
            start = max(now, self.next)
            self.next = start + self.gap
            return start, start - now

    def limited(self, started: float, wait: float) -> None:
        with self.lock:
            self.next = max(self.next, self.clock.now() + wait)
            if started >= self.widened:
                self.gap, self.widened = min(max(self.gap * 1.5, 0.001), MAX_GAP), self.next

    def passed(self) -> None:
        with self.lock:
            self.gap *= 0.998


def _paced(pacer: _Pacer, step: Step) -> Flow[Any]:
    """``step`` sent when the pacer allows, again after each 429 (the client's own retries of it
    have run by then)."""
    for attempt in itertools.count(1):
        started, wait = pacer.slot()
        if wait > 0:
            yield _sleep(wait)
        try:
            result = yield step
        except RateLimitError as error:
            if attempt >= MAX_RATE_LIMITED:
                raise
            pacer.limited(started, retry_after(error.response.headers) or backoff(attempt))
            continue
        pacer.passed()
        return result
    raise AssertionError("unreachable")  # pragma: no cover - the loop only ends by return or raise


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _why(entry: Any) -> str:
    """Why the store did not take a file, as the store says it."""
    problem = entry.last_error
    return f"{problem.code}: {problem.message}" if problem is not None else f"processing ended {entry.status!r}"


class _Counter:
    """Progress of one phase, reported to the caller's callback from any worker."""

    def __init__(self, phase: str, total: int, on_progress: SyncProgress | None) -> None:
        self.phase, self.total, self.on_progress, self.done = phase, total, on_progress, 0
        self.lock = threading.Lock()

    def tick(self) -> None:
        with self.lock:
            self.done += 1
            if self.on_progress is not None:
                self.on_progress(self.phase, self.done, self.total)


def _upload(want: _Local, name: str, pacer: _Pacer, counter: _Counter, sent: Extras) -> Flow[str]:
    created = yield from _paced(pacer, lambda r: r._upload_as(name, want.content, sent))
    counter.tick()
    return returned_id(created, "files.create")


def _retag(store_id: str, file_id: str, attributes: dict[str, Any], pacer: _Pacer, sent: Extras) -> Flow[None]:
    yield from _paced(pacer, lambda r: r.files.update(file_id, vector_store_id=store_id, attributes=attributes, **sent))


def _settle(store_id: str, file_id: str, sent: Extras) -> Flow[str | None]:
    """Wait for a file an earlier sync attached; None once it is in, else why it is not."""
    entry = yield lambda r: r.files.poll(file_id, vector_store_id=store_id, **sent)
    return None if entry.status == "completed" else _why(entry)


def _remove(
    store_id: str | None, file_id: str, ours: bool, pacer: _Pacer, counter: _Counter, sent: Extras
) -> Flow[None]:
    """Detach a file from the store (if given), then delete the File if sync uploaded it; gone
    already is fine."""
    steps: list[Step] = [lambda r: r.files.delete(file_id, vector_store_id=store_id, **sent)] if store_id else []
    if ours:
        steps.append(lambda r: r._client.files.delete(file_id, **sent))
    for step in steps:
        with contextlib.suppress(NotFoundError):
            yield from _paced(pacer, step)
    counter.tick()


def _attach(
    store_id: str, uploaded: list[tuple[_Local, str]], chunking: dict[str, Any], pacer: _Pacer, sent: Extras
) -> Flow[Any]:
    files = [{"file_id": file_id, "attributes": want.attributes, **chunking} for want, file_id in uploaded]
    return (yield from _paced(pacer, lambda r: r.file_batches.create(store_id, files=files, **sent)))


def _outcomes(store_id: str, batch: Any, sent: Extras) -> Flow[dict[str, str]]:
    """Wait for a batch; why each of its files that did not make it failed."""
    batch_id = returned_id(batch, "vector_stores.file_batches.create")
    done = yield lambda r: r.file_batches.poll(batch_id, vector_store_id=store_id, **sent)
    counts = done.file_counts
    if done.status == "completed" and not (counts.failed or counts.cancelled):
        return {}  # the usual case costs no listing
    entries = yield lambda r: r._collect(
        r.file_batches.list_files(batch_id, vector_store_id=store_id, limit=LIST_LIMIT, **sent)
    )
    return {entry.id: _why(entry) for entry in entries if entry.status != "completed"}


def _upload_and_attach(
    store_id: str,
    wanted: list[_Local],
    marker: str,
    chunking: dict[str, Any],
    each: Callable[[list[Flow[Any]]], Step],
    pacer: _Pacer,
    report: SyncReport,
    on_progress: SyncProgress | None,
    sent: Extras,
) -> Flow[list[tuple[Any, list[tuple[_Local, str]]]]]:
    """Upload and attach a batch at a time: a batch is processed while the next one uploads, and
    an interrupted sync leaves at most one batch of uploads to clean up. Each batch created, with
    the (file, File id) pairs it attached."""
    uploads, batches = _Counter("upload", len(wanted), on_progress), []
    for start in range(0, len(wanted), MAX_FILES_PER_BATCH):
        part = wanted[start : start + MAX_FILES_PER_BATCH]
        flows = [_upload(want, marker + PurePosixPath(want.path).name, pacer, uploads, sent) for want in part]
        uploaded = []
        for want, outcome in zip(part, (yield each(flows)), strict=True):
            if isinstance(outcome, BaseException):
                report.fail(want.path, _reason(outcome))
            else:
                uploaded.append((want, outcome))
        if not uploaded:
            continue
        try:
            batches.append(((yield from _attach(store_id, uploaded, chunking, pacer, sent)), uploaded))
        except Exception as error:  # not attached, so not the store's: the uploads go again
            removed = _Counter("remove", len(uploaded), None)
            yield each([_remove(None, file_id, True, pacer, removed, sent) for _, file_id in uploaded])
            for want, _ in uploaded:
                report.fail(want.path, _reason(error))
    return batches


def _sync(
    resource: Any,  # client.vector_stores, sync or async (its sub-resources are generated)
    store_id: str,
    source: Any,
    delete: bool,
    dry_run: bool,
    attributes: Mapping[str, str | float | bool] | None,
    chunking_strategy: Any,
    max_concurrency: int,
    on_progress: SyncProgress | None,
    sent: Extras,
) -> Flow[SyncReport]:
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
        raise ValueError(f"max_concurrency must be an integer >= 1, got {max_concurrency!r}")
    chunking = {} if chunking_strategy is None else {"chunking_strategy": chunking_strategy}
    try:  # the batch request sync will send, checked now rather than after every upload
        resource.file_batches._operations["create"].request_options(
            store_id, files=[{"file_id": "file-pending", **chunking}]
        )
    except (TypeError, ValueError) as error:
        raise type(error)(str(error).removeprefix("files[0].")) from None
    report = SyncReport(dry_run=dry_run)
    local = _scan(source, _check_attributes(attributes), report)
    # The store first: a File uploaded after this listing cannot be taken for a leftover.
    remote: list[Any] = yield lambda r: r._collect(r.files.list(store_id, limit=LIST_LIMIT, **sent))
    account: list[Any] = yield lambda r: r._collect(r._client.files.list(purpose="assistants", **sent))
    marker = f"{store_id}--"
    ours = {file.id for file in account if str(getattr(file, "filename", "")).startswith(marker)}
    report.orphans = sorted(ours - {entry.id for entry in remote})
    plan = _plan(local, remote, delete, report)
    if dry_run:
        return report

    pacer = _Pacer(resource._client._clock)

    def each(flows: list[Flow[Any]]) -> Step:
        return lambda r: r._each(flows, max_concurrency)

    retagged = yield each([_retag(store_id, file_id, wanted, pacer, sent) for _, file_id, wanted in plan.retag])
    for (path, _, _), outcome in zip(plan.retag, retagged, strict=True):
        if isinstance(outcome, BaseException):
            report.fail(path, _reason(outcome))
    batches = yield from _upload_and_attach(
        store_id, plan.upload, marker, chunking, each, pacer, report, on_progress, sent
    )
    ours |= {file_id for _, uploaded in batches for _, file_id in uploaded}
    # (path, file id, None once in, why the store refused it, or the error that left it unknown)
    settled: list[tuple[str, str, str | BaseException | None]] = []
    processed = _Counter("process", len(batches), on_progress)
    for batch, uploaded in batches:
        try:
            problems: dict[str, str | BaseException] = dict((yield from _outcomes(store_id, batch, sent)))
        except Exception as error:  # whether the store took them is unknown: the next sync will see
            problems = {file_id: error for _, file_id in uploaded}
        settled += [(want.path, file_id, problems.get(file_id)) for want, file_id in uploaded]
        processed.tick()
    waited = yield each([_settle(store_id, file_id, sent) for _, file_id in plan.wait])
    settled += [(path, file_id, outcome) for (path, file_id), outcome in zip(plan.wait, waited, strict=True)]
    removals = [("", file_id) for file_id in report.orphans] + plan.remove
    for path, file_id, problem in settled:
        if isinstance(problem, BaseException):  # both versions stay for the next sync to settle
            report.fail(path, f"processing not confirmed ({_reason(problem)}); the next sync settles it")
        elif problem is None:
            removals += [(path, old) for old in plan.replace.get(path, [])]
        else:  # the new version goes, the old one stays
            report.fail(path, problem)
            removals.append((path, file_id))
    removed = _Counter("remove", len(removals), on_progress)
    # A leftover upload (no path) is attached nowhere: it is only deleted.
    flows = [
        _remove(store_id if path else None, file_id, file_id in ours, pacer, removed, sent)
        for path, file_id in removals
    ]
    results = yield each(flows)
    for (path, file_id), outcome in zip(removals, results, strict=True):
        if isinstance(outcome, BaseException):
            report.fail(path or file_id, _reason(outcome))
    return report


class VectorStoresHelpers(SyncAPIResource):
    """What ``client.vector_stores`` adds to its operations: ``sync``."""

    def sync(
        self,
        vector_store_id: str,
        source: str | os.PathLike[str] | Iterable[tuple[str, Content]] | Mapping[str, Content],
        *,
        delete: bool = True,
        dry_run: bool = False,
        attributes: Mapping[str, str | float | bool] | None = None,
        chunking_strategy: FileChunkingStrategyParam | None = None,
        max_concurrency: int = DEFAULT_CONCURRENCY,
        on_progress: SyncProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncReport:
        """Make the store hold exactly the files of ``source``: a folder, or (relative path,
        content) pairs whose content is bytes or the path of a file.

        Files are known by relative path and content hash, kept in their attributes with
        ``attributes`` (all a synced file carries: attributes set on it by other means are
        replaced); only what changed is uploaded. ``delete=False`` keeps files no longer in
        the source; ``dry_run`` only reports. Files file search does not read, empty or
        unreadable ones, and hidden names are skipped. A 429 slows every request down rather
        than failing a file. Returns a report; a file that failed keeps its previous version.

        Args:
            vector_store_id: The vector store to bring in line with ``source``.
            source: A folder, or (relative path, content) pairs (a mapping too).
            delete: Whether files no longer in the source leave the store (and their uploads go).
            dry_run: Report what would change and change nothing.
            attributes: Key-value pairs stored on every synced file besides the path and hash.
            chunking_strategy: How to cut new files into chunks; the API's default when left out.
            max_concurrency: How many uploads run at once.
            on_progress: Called as files are compared, uploaded and removed.
            extra_headers: Headers to send with each request this makes, on top of the client's.
            extra_query: Query parameters to add to each request's URL.
            extra_body: Properties to add to each request's JSON body.
            timeout: Each request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        sent = extras(extra_headers, extra_query, extra_body, timeout)
        flow = _sync(
            self,
            vector_store_id,
            source,
            delete,
            dry_run,
            attributes,
            chunking_strategy,
            max_concurrency,
            on_progress,
            sent,
        )
        return self._run(flow)

    def _each(self, flows: list[Flow[Any]], max_concurrency: int) -> list[Any]:
        """Run ``flows`` on a thread pool; each one's result or exception, in order."""
        from concurrent.futures import ThreadPoolExecutor

        def run(flow: Flow[Any]) -> Any:
            try:
                return run_sync(flow, self)
            except Exception as error:
                return error

        if not flows:
            return []
        pool = ThreadPoolExecutor(max_workers=min(max_concurrency, len(flows)))
        try:
            return list(pool.map(run, flows))
        finally:  # on Ctrl-C, what has not started never does; requests in flight finish
            pool.shutdown(wait=True, cancel_futures=True)

    def _collect(self, pages: Iterable[Any]) -> list[Any]:
        return list(pages)

    def _upload_as(self, name: str, content: bytes | Path, sent: Extras) -> Any:
        if isinstance(content, bytes):
            return self._client.files.create(file=(name, content), purpose="assistants", **sent)
        with content.open("rb") as handle:  # streamed, never read whole
            return self._client.files.create(file=(name, handle), purpose="assistants", **sent)


class AsyncVectorStoresHelpers(AsyncAPIResource):
    """The async twin of ``VectorStoresHelpers``: the same sync, its requests run as tasks."""

    sync = asynchronous(VectorStoresHelpers.sync)

    async def _each(self, flows: list[Flow[Any]], max_concurrency: int) -> list[Any]:
        """Each flow's result (or exception) in order, at most ``max_concurrency`` running at
        once, in an anyio task group: the same under asyncio and trio."""
        import anyio  # here: only async programs load it

        results: list[Any] = [None] * len(flows)
        gate = anyio.Semaphore(max_concurrency)

        async def run(index: int) -> None:
            async with gate:
                try:
                    results[index] = await run_async(flows[index], self)
                except Exception as error:  # the flow's failure is its result; the others go on
                    results[index] = error

        async with anyio.create_task_group() as tasks:
            for index in range(len(flows)):
                tasks.start_soon(run, index)
        return results

    async def _collect(self, pages: Any) -> list[Any]:
        return [item async for item in pages]

    async def _upload_as(self, name: str, content: bytes | Path, sent: Extras) -> Any:
        if isinstance(content, bytes):
            return await self._client.files.create(file=(name, content), purpose="assistants", **sent)
        with content.open("rb") as handle:
            return await self._client.files.create(file=(name, handle), purpose="assistants", **sent)
