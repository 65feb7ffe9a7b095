"""Recorded HTTP exchanges, read from whichever recorder wrote them.

Four layouts are read: this SDK's normalised cassettes (``interactions`` with bodies stored as
``{json: ...}``, ``{text: ...}`` or ``{base64: ...}``), plain vcrpy and pytest-recording cassettes
(YAML or JSON; bodies as text, bytes, base64, gzip-compressed), Ruby VCR cassettes
(``http_interactions``) and record-and-replay test-proxy session records (JSON with ``Entries``).
A file that is none of these raises ``RecordingError`` with a one-line reason.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Exchange", "Recording", "RecordingError", "read_recording", "recording_files"]

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SUFFIXES = (".yaml", ".yml", ".json")
_B64_PREFIX = "b64:"  # how test-proxy records keep binary pieces of a body


class RecordingError(ValueError):
    """A file that is not a recording this checker reads."""


@dataclass(frozen=True)
class Exchange:
    """One request and its answer. Header names are lower case; ``request_body`` is None when
    the recorder kept no body although one was sent (its length is in the headers)."""

    number: int  # 1-based, as a reader counts the interactions of a cassette
    method: str
    url: str
    request_headers: Mapping[str, str] = field(repr=False)
    request_body: bytes | None = field(repr=False)
    status: int
    response_headers: Mapping[str, str] = field(repr=False)
    response_body: bytes = field(repr=False)


@dataclass(frozen=True)
class Recording:
    """A cassette's exchanges and the layout it was read as."""

    path: Path
    layout: str
    exchanges: tuple[Exchange, ...]


def recording_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, and the ``.yaml``/``.yml``/``.json`` files under each folder named."""
    found: list[Path] = []
    for each in map(Path, paths):
        if each.is_dir():
            found.extend(sorted(p for p in each.rglob("*") if p.suffix in _SUFFIXES and p.is_file()))
        else:
            found.append(each)
    return found


def read_recording(path: Path) -> Recording:
    """The exchanges of one recording file, whatever wrote it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise RecordingError(f"cannot read it: {problem}") from None
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except (ValueError, yaml.YAMLError) as problem:
        first = str(problem).strip().splitlines()[0] if str(problem).strip() else type(problem).__name__
        raise RecordingError(f"not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {first}") from None
    try:
        if isinstance(data, dict) and isinstance(data.get("interactions"), list):
            return Recording(path, "vcrpy", tuple(_vcr_like(data["interactions"])))
        if isinstance(data, dict) and isinstance(data.get("http_interactions"), list):
            return Recording(path, "ruby-vcr", tuple(_vcr_like(data["http_interactions"])))
        if isinstance(data, dict) and isinstance(data.get("Entries"), list):
            return Recording(path, "test-proxy", tuple(_test_proxy(data["Entries"])))
    except (KeyError, TypeError, ValueError, AttributeError) as problem:
        raise RecordingError(
            f"a recording with an interaction it cannot read ({type(problem).__name__}: {problem})"
        ) from None
    raise RecordingError(
        "not a recording: expected vcrpy 'interactions', Ruby VCR 'http_interactions' or test-proxy 'Entries'"
    )


def _headers(headers: Any) -> dict[str, str]:
    """Lower-case names; a list of values joined as HTTP joins repeated headers."""
    joined: dict[str, str] = {}
    for name, value in dict(headers or {}).items():
        values = value if isinstance(value, list) else [value]
        joined[str(name).lower()] = ", ".join(str(item) for item in values)
    return joined


def _decompressed(content: bytes, headers: Mapping[str, str]) -> bytes:
    encoding = headers.get("content-encoding", "").lower()
    try:
        if "gzip" in encoding or content[:2] == b"\x1f\x8b":
            return gzip.decompress(content)
        if "deflate" in encoding:
            return zlib.decompress(content)
    except (OSError, zlib.error, EOFError):
        return content  # recorded already decoded, whatever the header says
    return content


def _text_or_bytes(value: Any) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    raise ValueError(f"a body of type {type(value).__name__}")


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=False)
    except binascii.Error as problem:
        raise ValueError(f"bad base64 body: {problem}") from None


def _stored_body(body: Any) -> bytes | None:
    """A body as a vcrpy-like recorder stores it: ours (``json``/``text``/``base64``), vcrpy's
    (``string``, possibly bytes), Ruby VCR's (``string``/``base64_string``), or bare text."""
    if body is None:
        return None
    if isinstance(body, dict):
        if "json" in body:
            return json.dumps(body["json"], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if "text" in body:
            return _text_or_bytes(body["text"])
        if "base64" in body:
            return _b64(str(body["base64"]))
        if "base64_string" in body:
            return _b64(str(body["base64_string"]))
        if "string" in body:
            return _text_or_bytes(body["string"])
        if not body:
            return None
        raise ValueError(f"a body with keys {sorted(body)}")
    return _text_or_bytes(body)


def _status(status: Any) -> int:
    return int(status["code"] if isinstance(status, dict) else status)


def _vcr_like(interactions: list[Any]) -> Iterator[Exchange]:
    """vcrpy's ``interactions`` and Ruby VCR's ``http_interactions`` share one shape."""
    for number, interaction in enumerate(interactions, 1):
        request, response = interaction["request"], interaction["response"]
        request_headers, response_headers = _headers(request.get("headers")), _headers(response.get("headers"))
        yield Exchange(
            number,
            str(request["method"]).upper(),
            str(request["uri"]),
            request_headers,
            _stored_body(request.get("body")) or b"",
            _status(response["status"]),
            response_headers,
            _decompressed(_stored_body(response.get("body")) or b"", response_headers),
        )


def _proxy_body(body: Any, content_type: str) -> bytes:
    """A test-proxy body: JSON kept parsed, other text as a string or a list of pieces."""
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, list) and all(isinstance(piece, str) for piece in body) and "json" not in content_type:
        return b"".join(
            _b64(piece[len(_B64_PREFIX) :]) if piece.startswith(_B64_PREFIX) else piece.encode("utf-8")
            for piece in body
        )
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _test_proxy(entries: list[Any]) -> Iterator[Exchange]:
    for number, entry in enumerate(entries, 1):
        request_headers, response_headers = _headers(entry["RequestHeaders"]), _headers(entry["ResponseHeaders"])
        body = entry.get("RequestBody")
        sent = int(request_headers.get("content-length", "0") or 0) > 0
        # The proxy drops most multipart bodies: known sent (by its length), but not kept.
        request_body = None if body is None and sent else _proxy_body(body, request_headers.get("content-type", ""))
        yield Exchange(
            number,
            str(entry["RequestMethod"]).upper(),
            str(entry["RequestUri"]),
            request_headers,
            request_body,
            int(entry["StatusCode"]),
            response_headers,
            _proxy_body(entry.get("ResponseBody"), response_headers.get("content-type", "")),
        )
