"""The canned server: an HTTP/1.1 server on a raw asyncio socket answering precomputed bytes.

It does as little as a server can, so that what a case measures is the client: no framework,
no JSON encoding per request, request bodies counted and dropped as they arrive (a 1 GiB upload
never sits in its memory). ``serving()`` runs it in a child process, so none of its work lands in
the measured process.

Routes (anything else is a 404):

- ``GET /v1/vector_stores/{id}``: a vector store;
- ``GET /v1/vector_stores/{id}/files?after=...``: ``--pages`` pages of ``--page-size`` files;
- ``POST /v1/vector_stores/{id}/search``: a page of search results;
- ``POST /v1/files``: the file object of an upload, once its body has been read to the end;
- ``POST /v1/responses``: the recorded file-search event stream (``text/event-stream``).
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from vectorstores_emulator.launch import serving_child

from . import payloads

__all__ = ["CannedRoutes", "serving"]

_MAX_HEAD = 64 * 1024


def _response(status: str, body: bytes, *, close: bool = False, content_type: str = "application/json") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"content-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\n"
        "x-request-id: req_bench\r\n"
        f"{'connection: close' if close else 'connection: keep-alive'}\r\n\r\n"
    )
    return head.encode("ascii") + body


class CannedRoutes:
    """Every answer the server can give, encoded once at start-up."""

    def __init__(self, pages: int, page_size: int, search_results: int = 50) -> None:
        self.store = _response("200 OK", payloads.vector_store())
        self.search = _response("200 OK", payloads.search_page(search_results))
        self.upload = _response("200 OK", payloads.file_object(0))
        self.not_found = _response(
            "404 Not Found", b'{"error":{"message":"Not found","type":"invalid_request_error","code":null}}'
        )
        # A page is found by the cursor that asks for it: none for the first, else the last id before.
        self.pages: dict[str | None, bytes] = {}
        for page in range(pages):
            after = None if page == 0 else payloads.file_id(page * page_size - 1)
            self.pages[after] = _response("200 OK", payloads.files_page(page, page_size, pages))

    @cached_property
    def events(self) -> bytes:
        # Built on first use: it reads the recordings, which only the stream case needs.
        return _response("200 OK", payloads.response_stream(), content_type="text/event-stream")

    def answer(self, method: str, target: str) -> bytes:
        """The bytes answering ``method target``."""
        url = urlsplit(target)
        parts = url.path.strip("/").split("/")
        if len(parts) < 2 or parts[0] != "v1":
            return self.not_found
        if method == "POST" and parts[1:] == ["files"]:
            return self.upload
        if method == "POST" and parts[1:] == ["responses"]:
            return self.events
        if parts[1] != "vector_stores" or len(parts) < 3:
            return self.not_found
        rest = parts[3:]
        if method == "GET" and not rest:
            return self.store
        if method == "GET" and rest == ["files"]:
            after = parse_qs(url.query).get("after", [None])[0]
            return self.pages.get(after, self.not_found)
        if method == "POST" and rest == ["search"]:
            return self.search
        return self.not_found


class _Connection(asyncio.Protocol):
    """One client connection: read a head, drop its body, answer; repeat (keep-alive)."""

    def __init__(self, routes: CannedRoutes) -> None:
        self.routes = routes
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.body_left = 0  # bytes of a Content-Length body still to drop
        self.chunked = False  # dropping a chunked body
        self.chunk_left = 0  # bytes (data and its CRLF) of the current chunk still to drop
        self.trailers = False  # past the last chunk, dropping trailer lines up to the empty one
        self.pending: bytes | None = None  # the answer, sent once the body has been read
        self.close_after = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        # The common case of a large upload: body bytes with nothing buffered are only counted.
        if self.body_left and not self.buffer:
            if len(data) <= self.body_left:
                self.body_left -= len(data)
                if self.body_left == 0:
                    self._respond()
                return
            data = data[self.body_left :]
            self.body_left = 0
            self._respond()
        self.buffer += data
        self._advance()

    def _advance(self) -> None:
        while self.buffer and self.transport is not None and not self.transport.is_closing():
            if self.body_left:
                taken = min(self.body_left, len(self.buffer))
                del self.buffer[:taken]
                self.body_left -= taken
                if self.body_left:
                    return
                self._respond()
            elif self.chunked:
                if not self._drop_chunks():
                    return
            elif not self._read_head():
                return

    def _read_head(self) -> bool:
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(self.buffer) > _MAX_HEAD:
                self._fail()
            return False
        lines = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
        del self.buffer[: end + 4]
        try:
            method, target, _version = lines[0].split(" ", 2)
        except ValueError:
            self._fail()
            return False
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        self.pending = self.routes.answer(method, target)
        self.close_after = headers.get("connection", "").lower() == "close"
        if "chunked" in headers.get("transfer-encoding", "").lower():
            self.chunked, self.chunk_left, self.trailers = True, 0, False
        else:
            self.body_left = int(headers.get("content-length", "0") or 0)
            if not self.body_left:
                self._respond()
        return True

    def _drop_chunks(self) -> bool:
        """Drop what of a chunked body is buffered; False when more bytes are needed."""
        while self.buffer:
            if self.chunk_left:
                taken = min(self.chunk_left, len(self.buffer))
                del self.buffer[:taken]
                self.chunk_left -= taken
                continue
            line_end = self.buffer.find(b"\r\n")
            if line_end < 0:
                return False
            line = bytes(self.buffer[:line_end])
            del self.buffer[: line_end + 2]
            if self.trailers:
                if not line:  # the empty line ending the body
                    self.chunked = False
                    self._respond()
                    return True
                continue
            size = int(line.split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                self.trailers = True
            else:
                self.chunk_left = size + 2  # the data and the CRLF after it
        return False

    def _respond(self) -> None:
        if self.transport is None or self.pending is None:
            return
        self.transport.write(self.pending)
        self.pending = None
        if self.close_after:
            self.transport.close()

    def _fail(self) -> None:
        if self.transport is not None:
            self.transport.write(_response("400 Bad Request", b'{"error":{"message":"bad request"}}', close=True))
            self.transport.close()


async def _serve(routes: CannedRoutes, host: str, port: int, ready_file: Path | None) -> None:
    loop = asyncio.get_running_loop()
    # A deep backlog: the fan-out case opens up to 1,000 connections at once, and a SYN dropped by
    # a full queue would cost a client a one-second retransmit that has nothing to do with it.
    server = await loop.create_server(lambda: _Connection(routes), host, port, backlog=4096)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    bound = server.sockets[0].getsockname()
    if ready_file is not None:
        partial = ready_file.with_suffix(".partial")
        partial.write_text(f"http://{bound[0]}:{bound[1]}\n", encoding="utf-8")
        partial.replace(ready_file)  # the launcher never reads half a URL
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    """``python -m benchmarks.server``: serve the canned answers until SIGTERM."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--pages", type=int, default=100, help="pages of files in the store (default 100)")
    parser.add_argument("--page-size", type=int, default=100, help="files per page (default 100)")
    parser.add_argument("--ready-file", type=Path, help="once listening, write the base URL here")
    args = parser.parse_args(argv)
    asyncio.run(_serve(CannedRoutes(args.pages, args.page_size), args.host, args.port, args.ready_file))


@contextmanager
def serving(pages: int = 1, page_size: int = 100, startup_timeout: float = 30.0) -> Iterator[str]:
    """Run the canned server in a child process; yields its base URL, ending in ``/v1``."""
    command = [sys.executable, "-m", "benchmarks.server", "--pages", str(pages), "--page-size", str(page_size)]
    root = Path(__file__).resolve().parent.parent  # where `benchmarks` is importable
    with serving_child(command, startup_timeout=startup_timeout, cwd=root) as base_url:
        yield base_url


if __name__ == "__main__":
    main()
