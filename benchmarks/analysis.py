"""What bounds each gap where a target is missed: written from the profiles and the SDKs' code,
and printed under a row only when that row misses its target.

The micro-measurements quoted here were taken in-process with ``httpx2.MockTransport`` (no socket,
no server), where only client CPU counts; they are what the profiles of the full runs point at.
"""

from __future__ import annotations

__all__ = ["EXPLANATIONS"]

_COLD_START = """
What was cut (commit e507178), from the import tree of `python -X importtime` (below):

- **`httpx2._main`, 40-70 ms.** `httpx2/__init__.py` imports its command line (`click`, `rich`)
  only to expose `httpx2.main`; `overlays/vectorstores/_httpx_cli.py` puts a stand-in in
  `sys.modules` while we first import httpx2, and `httpx2.main` loads the real one when called.
- **The sub-resources, 20-30 ms.** `client.vector_stores` no longer imports `file_batches` and
  `vector_store_files` (with `_polling`, `_uploads`, `concurrent.futures`); first access does.
- **`asyncio`, 12-18 ms**, now imported inside `Clock.asleep`.
- **Bytecode.** This machine sets `PYTHONDONTWRITEBYTECODE`, and an editable install is never
  compiled, so every fresh interpreter compiled our sources while openai's (installed by pip)
  loaded compiled; the case now compiles both first, as pip does when it installs a wheel.

What remains is httpx2 itself (its `_client`, `_auth` with `urllib.request` and `http.client`,
`_models` with `email`), `attrs`, and the six operation modules of `client.vector_stores`, each
with the models it returns. The raw httpx2 column imports httpx2 with its command line: the floor
for any client built on httpx2 is below it, and ours sits close to that floor.
"""

_PER_CALL = """
Where our time per call goes, measured in-process with a mock transport (client CPU only): raw
httpx2 `get` + `.json()` ~92-96 µs, our `vector_stores.retrieve` ~120 µs, openai's ~360 µs. Two
causes were removed: a tenacity `Retrying` built for every call (commit c680b53: the first
attempt now runs bare), and `api.__get__` re-binding the method (a `functools.partial`,
`update_wrapper` and `inspect.signature`) on every access (commit e507178: the method is made once
per resource and kept in its `__dict__`). What is left, ~25 µs, is mostly httpx2's own
`build_request` merging our extra headers (auth, user agent, organisation), one `attrs.evolve` of
the request options, `from_dict` (~6 µs above `json.loads`). Over the socket the wall-clock numbers
carry more noise than this: the client, the server and other work share two cores (see the CPU-time
note under the table, which is steadier than wall time).
"""

_UPLOAD = """
Our upload hands httpx2 the open file (`overlays/vectorstores/_uploads.py: opened`), and httpx2's
`MultipartStream` reads it in 64 KiB chunks exactly as the raw httpx2 run does: the streaming path
is the same code, so the gap is the per-request work around it (~0.1 ms) plus run-to-run noise,
which on this shared 2-core machine is about ±10% for a 1 GiB transfer (both sides warm up with a
small upload first, so a lazily built client is not in the time). If it persists, reading larger
chunks (a `File` payload that yields 1 MiB blocks) would cut the syscalls per GiB by 16x.
"""

_BATCH = """
The raw httpx2 column is the floor of the strategy both SDKs share (upload everything from a
thread pool of our concurrency, then create one batch, then poll at the server's hint): the same
requests with no SDK around them. Its ratio to openai is printed in the note under each row;
where it is above the target, no client following that strategy meets the target against this
server on this machine, however little it adds. A different strategy could (see the last point).
What bounds the floor:

- **The upload phase is CPU-bound.** Client and emulator share two cores. With no added latency,
  500 uploads take 0.65-0.8 s from raw httpx2 or from us, at 16 or 32 concurrent: 1.3-1.6 ms each
  of client and server work (multipart parsing, the blob, SQLite). With 20 ms latency they would
  take 0.63 s at 16 concurrent if nothing else bounded them; measured alone, raw httpx2 takes
  ~1.0 s at 16 and ~1.1 s at 32, and our `files.create` the same (0.93 s and 1.14 s). So
  from 16 concurrent uploads on, more concurrency buys nothing here: `DEFAULT_CONCURRENCY` = 32
  (openai's is 5) wins against openai's default only up to this floor. At equal concurrency both
  SDKs upload at the floor; what differs is client CPU per upload (in-process with a mock
  transport, ours ~245 µs, openai's ~430 µs, since it reads each file whole), a few percent of the
  phase. Against the floor itself we are within the noise: between `make bench` runs of the same
  code, ours and raw httpx2 at equal concurrency came out up to ~15% apart in either order
  (2.14 s against 2.36 s, then 2.37 s against 2.12 s), and in-process with warm clients, three
  alternating rounds of 500 uploads at 16 and 32 took 1.06-1.36 s for ours and 1.01-1.49 s for
  raw httpx2.
- **The processing tail is the server's.** The batch is created after the last upload, and the
  emulator then takes ~1.3 s to finish 500 files of 10 KB when polled every 10 ms with nothing
  else running (500 ms processing delay, ~0.8 ms per file of tokenising into chunks, one
  transaction each). Both SDKs, and raw httpx2, wait the same tail: with upload phases U and a tail
  T, the ratio is (U_ours + T) / (U_openai + T), at equal concurrency ~1 whatever the client does.
- **What would move it, and why we did not.** Attaching files in chunks as their uploads finish
  starts the server's processing earlier, so only the last chunk's tail remains. It returns
  several batches for one call, so the returned batch would no longer account for every file
  (its `file_counts` is what callers check for failures), and a failure half way would leave part
  of the upload attached. A prototype measured outside the SDK gained ~0.1-0.2 s at 16 (the
  earlier chunks' indexing competes with the uploads for the same two cores). We keep one batch per
  2,000 files.
"""

_FANOUT = """
Raw httpx2, at httpx2's default limits (100 connections, as ours in `DEFAULT_LIMITS` of
`overlays/vectorstores/_client.py`, though it keeps only 20 idle where we keep 100), sets the floor;
what separates us from it is per-call CPU on the one event-loop thread, through the same layers as
the sync path (case 2).
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
