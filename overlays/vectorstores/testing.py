"""Record and replay this SDK's HTTP traffic with vcrpy, the way the SDK's own cassette suite does.

``make_vcr("tests/cassettes")`` gives a ``vcr.VCR`` that

- never records a secret: ``Authorization``, ``OpenAI-Organization``, ``OpenAI-Project`` and
  cookies are dropped, and any ``sk-...`` string in a URL, header or body becomes ``sk-REDACTED``;
- writes readable YAML: JSON bodies are stored decoded, as YAML mappings;
- matches requests on method, path, query and body, where JSON bodies are compared decoded and
  multipart uploads by their fields (name, file name, content), never by their random boundary.

Replayed polls need not wait: ``instant(client)`` is a copy of a client whose retries and polls
do not sleep. vcrpy is needed (``pip install vcrpy``); it is imported when a VCR is made.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from ._clock import Clock

try:
    import yaml  # comes with vcrpy
except ImportError as missing:  # pragma: no cover - depends on the environment
    raise ImportError("vectorstores.testing needs vcrpy: pip install 'vectorstores[testing]'") from missing

# libyaml's safe loader and dumper when present: several times faster on large cassettes.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

if TYPE_CHECKING:
    import vcr

__all__ = [
    "MATCH_ON",
    "SCRUBBED_HEADERS",
    "InstantClock",
    "body_fields",
    "find_secrets",
    "instant",
    "make_vcr",
    "match_body_fields",
    "scrub",
    "vcr_config",
]

SCRUBBED_HEADERS = ("authorization", "openai-organization", "openai-project", "cookie", "set-cookie", "api-key")
MATCH_ON = ("method", "path", "query", "body_fields")
_SECRET = re.compile(r"sk-(?!REDACTED)[A-Za-z0-9_\-]{6,}")
REDACTED = "sk-REDACTED"


def scrub(text: str) -> str:
    """``text`` with every ``sk-...`` key replaced."""
    return _SECRET.sub(REDACTED, text)


def find_secrets(text: str) -> list[str]:
    """Key-like strings in ``text`` (for a test that scans recorded cassettes)."""
    return _SECRET.findall(text)


# Reading bodies -------------------------------------------------------------------------------


def _header(headers: Any, name: str) -> str:
    for key, value in dict(headers or {}).items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) else value)
    return ""


def _as_bytes(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    if hasattr(body, "read"):  # vcrpy keeps some bodies as file objects
        content: bytes = body.read()
        body.seek(0)
        return content
    return bytes(body)


def _multipart(content_type: str, body: bytes) -> list[tuple[str, str | None, bytes]]:
    """(field name, file name, content) of each part, in order; the boundary is left out."""
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    fields = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        fields.append((str(part.get_param("name", header="content-disposition")), part.get_filename(), content))
    return fields


def body_fields(request: Any) -> Any:
    """What a request body says, independent of how it was spelled: decoded JSON, multipart
    fields, sorted form pairs, or the raw bytes."""
    body = _as_bytes(request.body)
    content_type = _header(request.headers, "content-type")
    if not body:
        return None
    if content_type.startswith("multipart/form-data"):
        return _multipart(content_type, body)
    if content_type.startswith("application/x-www-form-urlencoded"):
        return sorted(parse_qsl(body.decode("utf-8")))
    try:
        return json.loads(body)
    except ValueError:
        return body


def _fields_of(request: Any) -> Any:
    # vcrpy compares every live request with every recorded one; read each body only once.
    cached = getattr(request, "_vectorstores_fields", _MISSING)
    if cached is _MISSING:
        cached = body_fields(request)
        request._vectorstores_fields = cached
    return cached


_MISSING = object()


def match_body_fields(first: Any, second: Any) -> None:
    """vcrpy matcher: the bodies say the same thing (raises AssertionError when they do not)."""
    left, right = _fields_of(first), _fields_of(second)
    assert left == right, f"request bodies differ: {left!r} != {right!r}"


# Scrubbing ------------------------------------------------------------------------------------


def _scrub_request(request: Any) -> Any:
    parts = urlsplit(request.uri)
    request.uri = urlunsplit(parts._replace(query=scrub(parts.query)))
    body = _as_bytes(request.body)
    if body and _SECRET.search(body.decode("utf-8", errors="replace")):
        request.body = scrub(body.decode("utf-8", errors="replace")).encode("utf-8")
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SCRUBBED_HEADERS:
            del headers[name]
        else:
            headers[name] = [scrub(str(value)) for value in headers[name]]
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        text = body.decode("utf-8", errors="replace")
        if _SECRET.search(text):
            response["body"]["string"] = scrub(text).encode("utf-8")
    elif isinstance(body, str):
        response["body"]["string"] = scrub(body)
    return response


# Readable YAML --------------------------------------------------------------------------------


def _readable(body: Any, content_type: str) -> Any:
    """A body as YAML shows it best: ``{json: ...}``, ``{text: ...}`` or ``{base64: ...}``."""
    if body is None or body in (b"", ""):
        return None
    raw = _as_bytes(body)
    if "json" in content_type or raw[:1] in (b"{", b"["):
        try:
            return {"json": json.loads(raw)}
        except ValueError:
            pass
    try:
        return {"text": raw.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(raw).decode("ascii")}


def _raw(body: Any) -> bytes | None:
    if body is None:
        return None
    if "json" in body:
        return json.dumps(body["json"], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if "text" in body:
        return str(body["text"]).encode("utf-8")
    return base64.b64decode(body["base64"])


class ReadableYaml:
    """vcrpy serializer: cassettes with decoded bodies that a reviewer can read in a diff."""

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        interactions = []
        for interaction in cassette["interactions"]:
            request, response = dict(interaction["request"]), dict(interaction["response"])
            request["body"] = _readable(request.get("body"), _header(request.get("headers"), "content-type"))
            body = response.get("body", {}).get("string")
            response["body"] = _readable(body, _header(response.get("headers"), "content-type"))
            interactions.append({"request": request, "response": response})
        document = {"interactions": interactions, "version": cassette.get("version", 1)}
        return yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)

    @staticmethod
    def deserialize(text: str) -> dict[str, Any]:
        document: dict[str, Any] = yaml.load(text, Loader=_Loader) or {"interactions": [], "version": 1}  # noqa: S506 - a safe loader
        for interaction in document["interactions"]:
            request, response = interaction["request"], interaction["response"]
            request["body"] = _raw(request.get("body"))
            content = _raw(response.get("body")) or b""
            response["body"] = {"string": content}
            headers = response.setdefault("headers", {})
            for name in list(headers):
                if name.lower() == "content-length":  # the body may be spelled differently now
                    headers[name] = [str(len(content))]
        return document


# Configuration --------------------------------------------------------------------------------


def vcr_config(**overrides: Any) -> dict[str, Any]:
    """Keyword arguments for ``vcr.VCR`` (or pytest-recording's ``vcr_config`` fixture). The
    ``body_fields`` matcher and ``readable_yaml`` serializer must be registered too: use
    ``make_vcr``, or call ``register(vcr)`` on a VCR you built."""
    return {
        "filter_headers": list(SCRUBBED_HEADERS),
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "match_on": list(MATCH_ON),
        "serializer": "readable_yaml",
        **overrides,
    }


def register(recorder: vcr.VCR) -> vcr.VCR:
    """Teach a VCR our matcher and serializer."""
    recorder.register_matcher("body_fields", match_body_fields)
    recorder.register_serializer("readable_yaml", ReadableYaml)
    return recorder


def make_vcr(cassette_dir: str | Path, record_mode: str = "none", **overrides: Any) -> vcr.VCR:
    """A VCR that stores cassettes under ``cassette_dir``: ``record_mode="none"`` replays only
    (an unrecorded request fails), ``"once"`` records cassettes that do not exist yet."""
    import vcr as vcrpy

    config = vcr_config(cassette_library_dir=str(cassette_dir), record_mode=record_mode, **overrides)
    return register(vcrpy.VCR(**config))


# Replaying without waiting ----------------------------------------------------------------------


class InstantClock(Clock):
    """Time that moves only when the SDK sleeps, and sleeps take no time: replayed polls and
    retries run at once while deadlines still count the waits they would have made."""

    def __init__(self) -> None:
        self._now = time.monotonic()

    def now(self) -> float:
        return self._now

    def sleep(self, seconds: float) -> None:
        self._now += max(0.0, seconds)

    async def asleep(self, seconds: float) -> None:
        self._now += max(0.0, seconds)


C = TypeVar("C")


def instant(client: C) -> C:
    """A copy of an ``OpenAI``/``AsyncOpenAI`` client whose retries and polls do not wait."""
    copy: Callable[..., C] = client.with_options  # type: ignore[attr-defined]
    return copy(_clock=InstantClock())
