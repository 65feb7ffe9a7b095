"""Recorded API traffic, loaded into one record type whatever recorder wrote it.

Two formats are read: openai-dotnet session records (JSON, ``{"Entries": [...]}``) and llm.rb
cassettes (Ruby VCR YAML, ``http_interactions: [...]``). The files stay where they are: the
location comes from ``VECTORSTORES_REAL_TRAFFIC``, by default ``../shared/real-traffic`` next to
the repository.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from email.message import Message
from email.utils import collapse_rfc2231_value
from functools import cache
from pathlib import Path
from typing import Any, TypeAlias
from urllib.parse import parse_qsl, urlsplit

import yaml

__all__ = [
    "ENV_VAR",
    "FilePart",
    "Interaction",
    "JsonBody",
    "MultipartBody",
    "RawBody",
    "RequestBody",
    "UnrecordedBody",
    "load_traffic",
    "parse_multipart",
    "traffic_root",
]

ENV_VAR = "VECTORSTORES_REAL_TRAFFIC"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ROOT = REPO_ROOT.parent / "shared" / "real-traffic"
DOTNET = "openai-dotnet"
LLM_RB = "llm.rb"
# What the SDK covers; the recordings also hold assistants, threads and responses calls.
IN_SCOPE_PREFIXES = ("/v1/vector_stores", "/v1/files")
# Recorder-specific prefixes that only make the test ids long.
_NAME_NOISE = ("tests__SessionRecords__", "spec__fixtures__cassettes__openai__")
# openai-dotnet keeps binary pieces of a body as list items with this prefix.
_B64_PREFIX = "b64:"
# Browsers and httpx2 write these characters of a quoted form parameter this way (HTML5).
_HTML5_ESCAPES = (("%22", '"'), ("%0D", "\r"), ("%0A", "\n"))


# --- Request bodies ------------------------------------------------------------------------------


@dataclass(frozen=True)
class JsonBody:
    """A JSON request body, parsed."""

    data: Any


@dataclass(frozen=True)
class FilePart:
    """One file of a multipart body."""

    filename: str
    content: bytes
    content_type: str | None


@dataclass(frozen=True)
class MultipartBody:
    """A ``multipart/form-data`` body: plain fields and file parts, by form field name."""

    fields: Mapping[str, str]
    files: Mapping[str, FilePart]


@dataclass(frozen=True)
class RawBody:
    """A body in some other format, as bytes."""

    content: bytes


@dataclass(frozen=True)
class UnrecordedBody:
    """A body the recorder did not keep (openai-dotnet drops most multipart bodies); only its
    headers are known."""

    content_type: str
    content_length: int | None


RequestBody: TypeAlias = JsonBody | MultipartBody | RawBody | UnrecordedBody | None


# --- The common record ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Interaction:
    """One recorded request and its response. Header names are lower case."""

    source: str
    recording: Path
    index: int
    method: str
    url: str
    request_headers: Mapping[str, str]
    request_body: RequestBody
    status: int
    response_headers: Mapping[str, str]
    response_content: bytes

    @property
    def id(self) -> str:
        """A test id naming the recording and the position in it."""
        name = self.recording.name
        for noise in _NAME_NOISE:
            name = name.replace(noise, "")
        return f"{self.source}/{name}#{self.index}"

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def query(self) -> list[tuple[str, str]]:
        """The query parameters, decoded, in recorded order."""
        return parse_qsl(urlsplit(self.url).query, keep_blank_values=True)

    @property
    def in_scope(self) -> bool:
        """Whether the call belongs to the Vector Stores or Files API."""
        return any(self.path == prefix or self.path.startswith(prefix + "/") for prefix in IN_SCOPE_PREFIXES)

    @property
    def recorded_async(self) -> bool:
        """openai-dotnet records its async tests separately, as ``*Async.json``."""
        return self.source == DOTNET and self.recording.stem.endswith("Async")

    def response_json(self) -> Any:
        """The response body as JSON (ValueError if it is not JSON)."""
        return json.loads(self.response_content)


def traffic_root() -> Path:
    """Where the recordings are: ``$VECTORSTORES_REAL_TRAFFIC`` or the shared default."""
    configured = os.environ.get(ENV_VAR)
    return Path(configured) if configured else DEFAULT_ROOT


@cache
def load_traffic(root: Path) -> tuple[Interaction, ...]:
    """Every interaction of every recording under ``root``, in file order (cached: the
    recordings are read once per test run)."""
    loaded: list[Interaction] = []
    for recording in sorted((root / DOTNET).glob("*.json")):
        loaded.extend(_load_dotnet(recording))
    for recording in sorted((root / LLM_RB).glob("*.yml")):
        loaded.extend(_load_vcr(recording))
    return tuple(loaded)


# --- openai-dotnet -------------------------------------------------------------------------------


def _load_dotnet(recording: Path) -> Iterator[Interaction]:
    entries = json.loads(recording.read_text(encoding="utf-8"))["Entries"]
    for index, entry in enumerate(entries):
        request_headers = _lower({k: str(v) for k, v in entry["RequestHeaders"].items()})
        response_headers = _lower({k: str(v) for k, v in entry["ResponseHeaders"].items()})
        yield Interaction(
            source=DOTNET,
            recording=recording,
            index=index,
            method=entry["RequestMethod"].upper(),
            url=entry["RequestUri"],
            request_headers=request_headers,
            request_body=_dotnet_request_body(entry["RequestBody"], request_headers),
            status=int(entry["StatusCode"]),
            response_headers=response_headers,
            response_content=_dotnet_content(entry["ResponseBody"], response_headers.get("content-type", "")),
        )


def _dotnet_content(body: Any, content_type: str) -> bytes:
    """The bytes of a recorded body: JSON is kept parsed, anything else as a string or a list of
    pieces (binary pieces in base64)."""
    if body is None:
        return b""
    if _is_json(content_type):
        return json.dumps(body, ensure_ascii=False).encode()
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, list) and all(isinstance(piece, str) for piece in body):
        return b"".join(
            base64.b64decode(piece[len(_B64_PREFIX) :]) if piece.startswith(_B64_PREFIX) else piece.encode()
            for piece in body
        )
    raise ValueError(f"unexpected recorded body for {content_type!r}: {type(body).__name__}")


def _dotnet_request_body(body: Any, headers: Mapping[str, str]) -> RequestBody:
    content_type = headers.get("content-type", "")
    if body is None:
        length = headers.get("content-length")
        if length is not None and int(length) > 0:
            return UnrecordedBody(content_type, int(length))
        return None
    content = _dotnet_content(body, content_type)
    return _request_body(content, content_type)


# --- llm.rb (Ruby VCR) ---------------------------------------------------------------------------


def _load_vcr(recording: Path) -> Iterator[Interaction]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is much faster
    document = yaml.load(recording.read_text(encoding="utf-8"), Loader=loader)
    for index, interaction in enumerate(document["http_interactions"]):
        request, response = interaction["request"], interaction["response"]
        request_headers = _vcr_headers(request.get("headers"))
        yield Interaction(
            source=LLM_RB,
            recording=recording,
            index=index,
            method=str(request["method"]).upper(),
            url=request["uri"],
            request_headers=request_headers,
            request_body=_request_body(_vcr_content(request.get("body")), request_headers.get("content-type", "")),
            status=int(response["status"]["code"]),
            response_headers=_vcr_headers(response.get("headers")),
            response_content=_vcr_content(response.get("body")),
        )


def _vcr_headers(headers: Mapping[str, Iterable[Any]] | None) -> dict[str, str]:
    # VCR keeps every header as a list of values; a comma-joined string is what HTTP means.
    return _lower({name: ", ".join(str(value) for value in values) for name, values in (headers or {}).items()})


def _vcr_content(body: Mapping[str, Any] | None) -> bytes:
    if not body:
        return b""
    if "base64_string" in body:
        return base64.b64decode(body["base64_string"])
    text = body.get("string") or ""
    return text if isinstance(text, bytes) else str(text).encode()


# --- Shared parsing ------------------------------------------------------------------------------


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _request_body(content: bytes, content_type: str) -> RequestBody:
    if not content:
        return None
    if content_type.lower().startswith("multipart/form-data"):
        return parse_multipart(content, content_type)
    if _is_json(content_type):
        return JsonBody(json.loads(content))
    return RawBody(content)


def _header_params(lines: Iterable[str]) -> Message:
    message = Message()
    for line in lines:
        name, _, value = line.partition(":")
        message[name.strip()] = value.strip()
    return message


def _param(message: Message, name: str, header: str) -> str | None:
    values = [value for key, value in message.get_params(header=header, failobj=[]) if key == name]
    # `name*=utf-8''...` (RFC 2231, a tuple here) wins over a plain `name=...` (RFC 6266).
    extended = [value for value in values if isinstance(value, tuple)]
    if extended:
        return collapse_rfc2231_value(extended[0])
    plain = [value for value in values if isinstance(value, str) and value]
    if not plain:
        return None
    text = plain[0]
    for escaped, character in _HTML5_ESCAPES:
        text = text.replace(escaped, character)
    return text


def parse_multipart(content: bytes, content_type: str) -> MultipartBody:
    """Split a ``multipart/form-data`` body into its fields and files.

    Recorders and clients disagree on details (quoted or bare parameters, ``filename*``, spaces
    after ``;``), so the part headers go through the email package's parameter parser.
    """
    boundary = _param(_header_params([f"Content-Type: {content_type}"]), "boundary", "content-type")
    if not boundary:
        raise ValueError(f"multipart body without a boundary: {content_type!r}")
    fields: dict[str, str] = {}
    files: dict[str, FilePart] = {}
    delimiter = b"--" + boundary.encode()
    chunks = content.split(delimiter)
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        raise ValueError("multipart body is not closed by its final boundary")
    for chunk in chunks[1:-1]:
        part = chunk.removeprefix(b"\r\n").removesuffix(b"\r\n")
        head, separator, payload = part.partition(b"\r\n\r\n")
        if not separator:
            raise ValueError(f"multipart part without a blank line after its headers: {part[:80]!r}")
        headers = _header_params(head.decode("utf-8").split("\r\n"))
        name = _param(headers, "name", "content-disposition")
        if name is None:
            raise ValueError(f"multipart part without a name: {head!r}")
        filename = _param(headers, "filename", "content-disposition")
        if filename is None:
            fields[name] = payload.decode("utf-8")
        else:
            files[name] = FilePart(filename, payload, headers.get("content-type"))
    return MultipartBody(fields, files)
