"""What the ``with_raw_response`` and ``with_streaming_response`` views return, and binary content.

``LegacyAPIResponse`` wraps a response whose body has been read: status, headers, the request
that was sent, and ``parse()`` for the typed result. ``APIResponse`` (and its async twin) wraps
a response whose body is still on the wire: it is used in a ``with`` block, and the body is
read only by ``parse()``, ``read()`` or one of the ``iter_*`` methods, so a large download
streams in constant memory.
"""

from __future__ import annotations

import datetime
import json
import os
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar

import httpx2

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncEventStreamAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "EventStreamAPIResponse",
    "HttpxBinaryResponseContent",
    "LegacyAPIResponse",
    "StreamedBinaryAPIResponse",
]

T = TypeVar("T")
R = TypeVar("R")
_NOT_STREAMED = (
    "The body was read whole before stream_to_file was called; use `.with_streaming_response` to stream a download"
)
Parse = Callable[[httpx2.Response], T]


class _ResponseDetails(Generic[T]):
    """What every wrapped response tells about the exchange."""

    def __init__(self, response: httpx2.Response, parse: Parse[T]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def http_request(self) -> httpx2.Request:
        """The request as it was sent (headers included)."""
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx2.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        """Whether the connection has been given back (always, once the body is read)."""
        return self.http_response.is_closed

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id``, to quote when reporting a problem."""
        found: str | None = self.http_response.headers.get("x-request-id")
        return found

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}]>"


class LegacyAPIResponse(_ResponseDetails[T]):
    """A read response and its typed result (``parse()``)."""

    def __init__(self, response: httpx2.Response, parse: Parse[T]) -> None:
        super().__init__(response, parse)
        self._parsed: list[T] = []

    def parse(self) -> T:
        """The typed result, parsed once."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()


class APIResponse(_ResponseDetails[T]):
    """A response whose body is still to be read, from ``with_streaming_response``."""

    def parse(self) -> T:
        """Read the body and return the typed result."""
        self.read()
        return self._parse(self.http_response)

    def read(self) -> bytes:
        """The whole body."""
        return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        return json.loads(self.read())

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, as it arrives."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """Write the body to ``file`` as it arrives (constant memory)."""
        with open(file, mode="wb") as out:
            for chunk in self.http_response.iter_bytes(chunk_size):
                out.write(chunk)

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_ResponseDetails[T]):
    """The async twin of ``APIResponse``."""

    async def parse(self) -> T:
        await self.read()
        return self._parse(self.http_response)

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        return json.loads(await self.read())

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """Write the body to ``file`` as it arrives (constant memory)."""
        with open(file, mode="wb") as out:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                out.write(chunk)

    async def close(self) -> None:
        await self.http_response.aclose()


class HttpxBinaryResponseContent:
    """A downloaded file: ``.content``, ``.text``, ``.json()``, ``write_to_file(path)``.

    The body has been read already; for a large file use ``with_streaming_response`` and
    ``stream_to_file``, which never holds it whole.
    """

    def __init__(self, response: httpx2.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def encoding(self) -> str | None:
        return self.response.encoding

    def json(self, **kwargs: Any) -> Any:
        return json.loads(self.response.content, **kwargs)

    @property
    def charset_encoding(self) -> str | None:
        return self.response.charset_encoding

    def read(self) -> bytes:
        return self.response.read()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.response.iter_lines()

    def iter_raw(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.response.iter_raw(chunk_size)

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the content to ``file``."""
        with open(file, mode="wb") as out:
            out.write(self.response.content)

    def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """``write_to_file``, with openai-python's warning: the body was read before this call."""
        warnings.warn(_NOT_STREAMED, DeprecationWarning, stacklevel=2)
        self.write_to_file(file)

    def close(self) -> None:
        self.response.close()

    # The async client's downloads are read the same way; these mirror the sync methods.
    async def aread(self) -> bytes:
        return await self.response.aread()

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.response.aiter_bytes(chunk_size)

    async def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.response.aiter_text(chunk_size)

    async def aiter_lines(self) -> AsyncIterator[str]:
        return self.response.aiter_lines()

    async def aiter_raw(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.response.aiter_raw(chunk_size)

    async def astream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        warnings.warn(_NOT_STREAMED, DeprecationWarning, stacklevel=2)
        self.write_to_file(file)

    async def aclose(self) -> None:
        await self.response.aclose()


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A download from ``with_streaming_response``: its body is the file (openai-python's name)."""


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """The async twin of ``StreamedBinaryAPIResponse``."""


class EventStreamAPIResponse(APIResponse[T]):
    """A streamed answer of events from ``with_streaming_response``: ``parse()`` gives the
    ``Stream`` without reading the body, as openai-python's does."""

    def parse(self) -> T:
        return self._parse(self.http_response)


class AsyncEventStreamAPIResponse(AsyncAPIResponse[T]):
    """The async twin of ``EventStreamAPIResponse``."""

    async def parse(self) -> T:
        return self._parse(self.http_response)
