"""What bounds each gap where a target is missed: written from the profiles and the SDKs' code,
and printed under a row only when that row misses its target.

The micro-measurements quoted here were taken in-process with ``httpx.MockTransport`` (no socket,
no server), where only client CPU counts; they are what the profiles of the full runs point at.
"""

from __future__ import annotations

__all__ = ["EXPLANATIONS"]

_COLD_START = """
The import tree (`python -X importtime`, below) has three parts that openai does not pay or that
we pay before they are needed:

- **`httpx._main`, ~40-50 ms.** `httpx/__init__.py` runs `from ._main import main`, which imports
  `click`, `rich` and `pygments` whenever they are installed, and the `cli` extra installs the
  first two. `import httpx` alone measures ~90-120 ms with it, ~50-65 ms without it (a stub module
  in `sys.modules["httpx._main"]`). openai imports `httpx2`, whose `__init__` does not import its
  command line. Change: in `overlays/vectorstores/_client.py`, before the first `import httpx`,
  put a lazy stand-in for `httpx._main` in `sys.modules` when httpx is not imported yet (its `main`
  importing the real module on call), or ask httpx upstream to make the import lazy.
- **`client.vector_stores`, ~55-75 ms.** `overlays/vectorstores/resources/vector_stores.py`
  imports `file_batches` and `vector_store_files` at module level (and through them `_polling`,
  `_uploads`, `mimetypes`, `concurrent.futures`), and every `api(module.sync)` in a class body
  imports its generated operation module with its models and `vectorstores_raw.validation`: 17
  operation modules before any call. Change: import the two sub-resources inside the `files` and
  `file_batches` cached properties (as `_client.py` already does for the resources), and let
  `api`/`paginated`/`single_page` in `overlays/vectorstores/_resource.py` take the operation's
  module name and import it on first `__get__`.
- **`vectorstores._clock`, ~12-15 ms.** It imports `asyncio` at module level for `asleep`; importing
  it inside `Clock.asleep` keeps asyncio out of a sync client's start-up.

Together these are ~100 ms of the ~180-230 ms we take; without them the ratio would be ~0.2.
"""

_PER_CALL = """
Where our time per call goes, measured in-process with a mock transport (client CPU only): raw
httpx `get` + `.json()` ~96-101 µs, our `vector_stores.retrieve` ~172-174 µs, openai's ~360 µs.
Of our ~75 µs above httpx:

- **~25-35 µs, removed in commit c680b53: a tenacity `Retrying` built for every call.**
  `RetryPolicy.call` in `overlays/vectorstores/_retries.py` now runs the first attempt bare and
  enters tenacity only when that attempt raises an error `should_retry` accepts (same for
  `acall`). Run alone (`--only 2`) right after the change, the case measured 0.158 and 1.108x raw
  httpx; full runs on this shared two-core machine have ranged 0.16-0.39 for the same code.
- **~15-30 µs: `client.vector_stores.retrieve` re-binds on every attribute access.**
  `api.__get__` in `overlays/vectorstores/_resource.py` calls `bind()`, which makes a
  `functools.partial`, runs `functools.update_wrapper` and recomputes `inspect.signature` of the
  generated function each time (a pre-bound `retrieve` costs ~111-115 µs). Change: pass the
  signature computed once in `api.__init__` to `bind`, and cache the bound callable on the resource
  instance (e.g. `obj.__dict__[self.name]` with the name from `__set_name__`, keeping `api` a
  non-data descriptor so later lookups never reach `__get__`).
- **~10-15 µs: the rest**: two `attrs.evolve` copies of `RequestOptions` per request
  (`Connection._with_defaults` and `Connection.build_request` in `overlays/vectorstores/_client.py`),
  `_check_timeout`, `_transport_errors`, and `from_dict` (~6 µs above `json.loads`).

With the first two changes our overhead over raw httpx would be ~15-25 µs against openai's
~260 µs. Over the socket the wall-clock numbers above carry more noise than this: the client, the
server and other work share two cores, so every extra microsecond of client CPU also risks a
reschedule (see the CPU-time note under the table, which is steadier than wall time).
"""

_UPLOAD = """
Our upload hands httpx the open file (`overlays/vectorstores/_uploads.py: opened`), and httpx's
`MultipartStream` reads it in 64 KiB chunks exactly as the raw httpx run does: the streaming path
is the same code, so the gap is the per-request work around it (~0.1 ms) plus run-to-run noise,
which on this shared 2-core machine is about ±10% for a 1 GiB transfer (both sides warm up with a
small upload first, so a lazily built client is not in the time). If it persists, reading larger
chunks (a `File` payload that yields 1 MiB blocks) would cut the syscalls per GiB by 16x.
"""

_BATCH = """
Three things bound this case (a fourth, a race that built one `httpx.Client` per worker thread
on a fresh client's first concurrent calls and made us ~0.3 s slower than openai at 16, was fixed
by the lock `Client.get_httpx_client` takes since commit be9a8c7, and is not in these numbers when
the source line above names that commit or a later one):

- **Concurrency.** `DEFAULT_CONCURRENCY` in `overlays/vectorstores/resources/file_batches.py` was
  5, openai's `max_concurrency=5`; it is 32 since commit c680b53 (64 was slower here: the client
  and the single-process emulator then fight for the two cores). The upload loops are alike (a
  thread pool of that size, one `files.create` each); at equal concurrency the two take the same
  time for the uploads (~1.05-1.15 s for both at 16 when timed alone, alternating), although each
  of our uploads costs less client CPU (in-process, with a mock transport: ~240-250 µs against
  openai's ~430 µs, since it streams the file instead of reading it whole). Differences between the
  medians above of up to ~20% either way are run-to-run noise on this shared two-core machine, so
  "≤ 0.8 at equal concurrency" needs the change below.
- **Upload, then attach, then process, strictly in sequence.** `_upload_and_poll` waits for every
  upload before it creates the batch, so the server's processing (500 ms here, plus indexing 500
  files) starts only after the last upload: ~1 s of every run is spent polling with nothing left
  to upload.
- **CPU.** Client and emulator share two cores; from 16 concurrent uploads on, the upload phase
  is mostly CPU-bound (~1.1-1.4 s for 500 files at 16, ~0.9-1.2 s at 32 with a warm client).

Prototype, measured outside the SDK against the same emulator (500 files of 10 KB, 20 ms latency,
one client reused, so without the race): today's `upload_and_poll` at 5 ~3.8-4.0 s, at 16
~2.0-2.4 s, at 32 ~1.7-2.7 s (noisy); creating a batch for each 100 uploaded files as they finish
and polling all batches at the end gives ~2.0-2.2 s at 16, ~1.9-2.1 s at 32 and ~1.5 s at 64
(chunks of 50), against openai's ~3.5-3.9 s at its default. Changes:

1. In `_upload_and_poll` / `FileBatches._upload_all` (and the async twin), attach as uploads
   finish: create a batch for each chunk of consecutive input indexes once all of its files are
   uploaded, keep input order across chunks, poll all batches at the end (the cleanup on failure
   stays as it is: only files not yet in a batch are deleted).
2. (Done: `DEFAULT_CONCURRENCY` is 32; the pool, `DEFAULT_LIMITS` in
   `overlays/vectorstores/_client.py`, keeps up to 100 connections, idle ones included.)
"""

_FANOUT = """
Raw httpx, with the same 100-connection limit as ours (`DEFAULT_LIMITS` in
`overlays/vectorstores/_client.py`), sets the floor; what separates us from it is per-call CPU on
the one event-loop thread, and the async path goes through the same layers as the sync one (case
2): `api.__get__` re-binds `retrieve` on every access, which 1,000 calls pay 1,000 times; the
change listed under case 2 applies here as it is.
"""

_POLLING = """
The server finishes 3 s after the attach and asks for a poll every 500 ms; our `Poller`
(`overlays/vectorstores/_polling.py`) waits exactly the hinted time, so the poll that sees the file
completed lands between 3.0 and 3.5 s plus one request's latency. The wall time is bounded by the
hint itself; a miss here is the machine's scheduling delay on top of it (see the load average).
"""

# By row key ("2a") or case number ("6") when the explanation covers every row of the case.
EXPLANATIONS: dict[str, str] = {
    "1": _COLD_START,
    "2": _PER_CALL,
    "5b": _UPLOAD,
    "6": _BATCH,
    "7": _FANOUT,
    "8b": _POLLING,
}
