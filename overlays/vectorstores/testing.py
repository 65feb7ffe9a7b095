"""Record and replay this SDK's HTTP traffic with vcrpy, the way the SDK's own cassette suite does.

``make_vcr("tests/cassettes")`` gives a ``vcr.VCR`` that

- never records a secret: every header named like a credential (``Authorization``,
  ``x-api-key``, ``api-key``, cookies, anything with token, password or secret in its name)
  is dropped, along with ``OpenAI-Organization`` and ``OpenAI-Project``; query parameters and
  JSON or form body fields named so read ``REDACTED``; a user and password in the URL are
  removed; and anywhere in a URL, header or body, ``sk-...`` keys become ``sk-REDACTED`` and
  JSON Web Tokens, bearer credentials and every credential seen in a request (the API key,
  whatever its shape), in ``OPENAI_API_KEY`` or passed as ``secrets`` become ``REDACTED``;
- writes readable YAML: JSON bodies are stored decoded, as YAML mappings;
- matches requests on method, path, query and body, where JSON bodies are compared decoded and
  multipart uploads by their fields (name, file name, content), never by their random boundary;
- writes the same cassette however fast the server was and whatever ids it handed out: ids become
  placeholders numbered in order of first appearance (``file-1``, ``vs_1``, ``vsfb_1``, ``req_1``;
  of the Responses API ``resp_1`` and its items' ``msg_1`` and ``fs_1``),
  the same everywhere in the cassette, requests included, so a replay asks for what was recorded
  (an id first seen in a request, which the test itself brought, is kept as it is);
  timestamps move to 2026-01-01 (whole hours apart stay apart: an expiry seven days on stays seven
  days on), in each event of an event stream too, whose random ``obfuscation`` padding becomes
  ``x``s of the same length; loopback hosts lose their port; only headers that carry meaning are kept, the user agent
  without versions and multipart boundaries fixed; and a run of identical answers to a poll of
  something ``in_progress`` is stored once, so replay shows the application each state once.

``python -m vectorstores.testing diff OLD NEW`` says what a re-recording changed, request by
request and field by field (``diff_cassettes``); ``python -m vectorstores.testing check [PATH ...]``
checks recordings against the API description the SDK was generated from (``_cassette_check``).

Replayed polls need not wait: ``instant(client)`` is a copy of a client whose retries and polls
do not sleep. vcrpy is needed (``pip install vcrpy``); it is imported when a VCR is made.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import itertools
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from ._clock import Clock

try:
    import yaml  # comes with vcrpy
except ImportError as missing:  # pragma: no cover - depends on the environment
    raise ImportError("vectorstores.testing needs vcrpy: pip install 'vectorstores-openai[testing]'") from missing

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
    "diff_cassettes",
    "find_secrets",
    "instant",
    "is_credential_name",
    "make_vcr",
    "match_body_fields",
    "scrub",
    "vcr_config",
]

SCRUBBED_HEADERS = (
    "authorization",
    "proxy-authorization",
    "openai-organization",
    "openai-project",
    "cookie",
    "set-cookie",
    "api-key",
    "x-api-key",
)
MATCH_ON = ("method", "path", "query", "body_fields")
_SECRET = re.compile(r"sk-(?!REDACTED)[A-Za-z0-9_\-]{6,}")
# A JSON Web Token: a header and a payload, both base64url JSON (so both start "eyJ", '{"'), and
# a signature (empty when unsigned).
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*")
# A bearer credential written out, as in an echoed header; case-sensitive, so prose is left alone.
_BEARER = re.compile(r"\bBearer\s+(?!(?:sk-)?REDACTED)[A-Za-z0-9._~+/=-]{8,}")
REDACTED = "sk-REDACTED"
HIDDEN = "REDACTED"
# A name is a credential's when one of its words, or two adjacent words run together, is one of
# these. Whole words, so that ``max_chunk_size_tokens`` (which counts tokens) is not.
_CREDENTIAL_WORDS = frozenset(
    {
        "authorization",
        "auth",
        "bearer",
        "token",
        "password",
        "passwd",
        "pwd",
        "secret",
        "cookie",
        "credential",
        "credentials",
        "apikey",
        "accesskey",
        "privatekey",
    }
)
_LEARNED_MIN_CHARS = 6  # shorter values seen in credential fields would scrub ordinary words


def is_credential_name(name: str) -> bool:
    """Whether a header, query parameter or body field called ``name`` holds a credential
    (``Authorization``, ``x-api-key``, ``api_key``, ``accessToken``, ``password``, ...)."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower())
    joined = {first + second for first, second in itertools.pairwise(words)}
    return not _CREDENTIAL_WORDS.isdisjoint({*words, *joined})


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every ``sk-...`` key, JSON Web Token, written-out bearer credential and
    each of ``secrets`` replaced."""
    text = _SECRET.sub(REDACTED, text)
    for secret in sorted(set(secrets), key=len, reverse=True):  # a key before any part of it
        text = text.replace(secret, HIDDEN)
    text = _JWT.sub(HIDDEN, text)
    return _BEARER.sub(f"Bearer {HIDDEN}", text)


def find_secrets(text: str) -> list[str]:
    """Key-like strings and JSON Web Tokens in ``text`` (for a test that scans recorded cassettes)."""
    return _SECRET.findall(text) + _JWT.findall(text)


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


class Scrubber:
    """The scrubbing of one VCR. It remembers every credential it removes from a request (the
    API key in ``Authorization``, whatever its shape, a password in the URL, ...) and removes
    those wherever else they appear, in later requests and in responses."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = {secret for secret in secrets if secret}

    def learn(self, value: str) -> None:
        """Remember a credential found in a request; a Basic one by its parts too."""
        value = unquote(value).strip()
        scheme, _, rest = value.partition(" ")
        if scheme.lower() in ("bearer", "basic", "token") and rest:
            if scheme.lower() == "basic":
                try:
                    decoded = base64.b64decode(rest, validate=True).decode("utf-8")
                except (binascii.Error, UnicodeDecodeError):
                    decoded = ""
                self.learn(decoded.partition(":")[2])
            value = rest.strip()
        if len(value) >= _LEARNED_MIN_CHARS:
            self.secrets.add(value)

    def text(self, text: str) -> str:
        return scrub(text, self.secrets)

    def _headers(self, headers: Any) -> None:
        for name in list(headers):
            if name.lower() in SCRUBBED_HEADERS or is_credential_name(name):
                values = headers[name]
                for value in values if isinstance(values, list) else [values]:
                    self.learn(str(value))
                del headers[name]

    def _pairs(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        for name, value in pairs:
            if is_credential_name(name):
                self.learn(value)
        return [(name, HIDDEN if is_credential_name(name) and value else value) for name, value in pairs]

    def _query(self, query: str) -> str:
        pairs = parse_qsl(query, keep_blank_values=True)
        hidden = self._pairs(pairs)
        return self.text(urlencode(hidden) if hidden != pairs else query)

    def _body(self, body: bytes, content_type: str) -> bytes:
        """``body`` with credential fields hidden and secrets scrubbed; the same bytes when
        there is nothing to hide, so that unchanged bodies keep their spelling."""
        if not body:
            return body
        text = body.decode("utf-8", errors="replace")
        changed = text
        if "json" in content_type or text[:1] in ("{", "["):
            try:
                document = json.loads(text)
            except (ValueError, RecursionError):
                document = _MISSING
            if document is not _MISSING:
                hidden = self._json(document)
                if hidden != document:
                    changed = json.dumps(hidden, ensure_ascii=False, separators=(",", ":"))
        elif content_type.startswith("application/x-www-form-urlencoded"):
            pairs = parse_qsl(text, keep_blank_values=True)
            hidden_pairs = self._pairs(pairs)
            if hidden_pairs != pairs:
                changed = urlencode(hidden_pairs)
        changed = self.text(changed)
        return body if changed == text else changed.encode("utf-8")

    def _json(self, value: Any) -> Any:
        if isinstance(value, dict):
            hidden = {}
            for name, inner in value.items():
                scalar = isinstance(inner, (str, int, float)) and not isinstance(inner, bool)
                if scalar and is_credential_name(str(name)):
                    self.learn(str(inner))
                    hidden[name] = HIDDEN
                else:
                    hidden[name] = self._json(inner)
            return hidden
        if isinstance(value, list):
            return [self._json(item) for item in value]
        return value

    def request(self, request: Any) -> Any:
        """vcrpy's ``before_record_request``: also applied to live requests before matching,
        so what is hidden here is hidden on both sides."""
        self._headers(request.headers)
        parts = urlsplit(request.uri)
        netloc = parts.netloc
        if "@" in netloc:  # a user and password in the URL
            userinfo, _, netloc = netloc.rpartition("@")
            self.learn(userinfo.partition(":")[2])
        request.uri = urlunsplit(parts._replace(netloc=netloc, query=self._query(parts.query)))
        body = _as_bytes(request.body)
        scrubbed = self._body(body, _header(request.headers, "content-type"))
        if scrubbed is not body:
            request.body = scrubbed
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """vcrpy's ``before_record_response``."""
        headers = response.get("headers", {})
        self._headers(headers)
        for name in headers:
            headers[name] = [self.text(str(value)) for value in headers[name]]
        body = response.get("body", {}).get("string")
        if isinstance(body, (bytes, str)):
            raw = body.encode("utf-8") if isinstance(body, str) else body
            scrubbed = self._body(raw, _header(headers, "content-type"))
            if scrubbed is not raw:
                response["body"]["string"] = scrubbed if isinstance(body, bytes) else scrubbed.decode("utf-8")
        return response


# Normalising volatile values -------------------------------------------------------------------

# An id the API hands out, or a placeholder already standing for one (``vs_1``). A response's id
# and its items' (file_search_call, message) depend on everything the server did before.
_ID = re.compile(r"\b(file-|vsfb_|vs_|req_|resp_|msg_|fs_)([A-Za-z0-9]{16,}|\d{1,9})\b")
_LOOPBACK = re.compile(r"^(https?://)(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?=/|$)", re.IGNORECASE)
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?')
BOUNDARY = "vectorstores-boundary"
EPOCH = 1767225600  # 2026-01-01T00:00:00Z, where a recording's timestamps start
_HOUR = 3600
# Headers the SDK or a reader needs; the rest (dates, timings, rate-limit counters, tracing) only vary.
KEPT_HEADERS = {
    "request": ("content-type", "accept", "user-agent"),
    "response": (
        "content-type",
        "content-disposition",
        "location",
        "openai-poll-after-ms",
        "openai-version",
        "retry-after",
        "retry-after-ms",
        "x-request-id",
        "x-should-retry",
    ),
}
_OWN_VALUES = ("attributes", "metadata")  # what the application wrote: its numbers are not server time


class _Normaliser:
    """The stable stand-ins of one cassette: ids numbered by first appearance, and timestamps
    moved so that the first one read is ``EPOCH``, rounded to whole hours from it."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        self.first_time: int | None = None

    def _id(self, match: re.Match[str], asked: bool) -> str:
        prefix, rest = match.groups()
        if len(rest) < 16:  # a placeholder already (a cassette recorded to again): keep its number
            self.counts[prefix] = max(self.counts.get(prefix, 0), int(rest))
            return match.group()
        if match.group() not in self.ids and asked:
            # First seen in a request: the test brought it (not this recording's server), and
            # will bring it again on replay, so it stays as it is.
            self.ids[match.group()] = match.group()
        if match.group() not in self.ids:
            self.counts[prefix] = self.counts.get(prefix, 0) + 1
            self.ids[match.group()] = f"{prefix}{self.counts[prefix]}"
        return self.ids[match.group()]

    def _time(self, value: int) -> int:
        if self.first_time is None:
            self.first_time = value
        return EPOCH + round((value - self.first_time) / _HOUR) * _HOUR

    def times(self, value: Any) -> Any:
        """``value`` (a decoded response body) with every integer ``*_at`` field moved."""
        if isinstance(value, list):
            return [self.times(item) for item in value]
        if not isinstance(value, dict):
            return value
        moved = {}
        for key, inner in value.items():
            if key.endswith("_at") and type(inner) is int:
                moved[key] = self._time(inner)
            else:
                moved[key] = inner if key in _OWN_VALUES else self.times(inner)
        return moved

    def events(self, text: str) -> str:
        """An event stream's text with each event's JSON moved as ``times`` moves a body, and its
        ``obfuscation`` (random padding that hides the length of a delta) a same-length stand-in."""
        lines = []
        for line in text.split("\n"):
            try:
                event = self.times(json.loads(line.removeprefix("data: "))) if line.startswith("data: ") else None
            except ValueError:  # not JSON (``[DONE]``, or a broken event the checker should see)
                event = None
            if event is None:
                lines.append(line)
                continue
            if isinstance(event, dict) and isinstance(event.get("obfuscation"), str):
                event["obfuscation"] = "x" * len(event["obfuscation"])
            lines.append("data: " + json.dumps(event, separators=(",", ":"), ensure_ascii=False))
        return "\n".join(lines)

    def ids_in(self, value: Any, asked: bool = False) -> Any:
        """``value`` (from a request when ``asked``) with every id in every string replaced by its placeholder."""
        if isinstance(value, str):
            return _ID.sub(lambda match: self._id(match, asked), value)
        if isinstance(value, list):
            return [self.ids_in(item, asked) for item in value]
        if isinstance(value, dict):
            return {key: self.ids_in(inner, asked) for key, inner in value.items()}
        return value


def _kept_headers(headers: Any, side: str) -> dict[str, list[str]]:
    kept = {}
    for name, value in dict(headers or {}).items():
        if name.lower() in KEPT_HEADERS[side]:
            values = [str(item) for item in (value if isinstance(value, list) else [value])]
            if name.lower() == "user-agent":
                values = [re.sub(r"/\S+", "", item) for item in values]  # versions change with every upgrade
            kept[name] = values
    return kept


def _fixed_boundary(request: dict[str, Any]) -> None:
    headers = request["headers"]
    for name, values in headers.items():
        found = _BOUNDARY.search(values[0]) if name.lower() == "content-type" else None
        if found and values[0].startswith("multipart/"):
            headers[name] = [f"{values[0][: found.start()]}boundary={BOUNDARY}{values[0][found.end() :]}"]
            request["body"] = _as_bytes(request["body"]).replace(f"--{found[1]}".encode(), f"--{BOUNDARY}".encode())


def _repeated_poll(previous: dict[str, Any], current: dict[str, Any]) -> bool:
    """Whether ``current`` asks again what ``previous`` asked and hears the same still in progress."""

    def answer(interaction: dict[str, Any]) -> Any:
        response = interaction["response"]
        headers = {name: value for name, value in response["headers"].items() if name.lower() != "x-request-id"}
        return response["status"], headers, response["body"]

    body = current["response"]["body"] or {}
    return (
        current["request"]["method"] == "GET"
        and current["request"] == previous["request"]
        and answer(current) == answer(previous)
        and isinstance(body.get("json"), dict)
        and body["json"].get("status") == "in_progress"
    )


def _normalised(interactions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Readable interactions with their volatile values made stable (see the module's docstring)."""
    stand_ins = _Normaliser()
    kept: list[dict[str, Any]] = []
    for interaction in interactions:
        request = {**interaction["request"], "headers": _kept_headers(interaction["request"].get("headers"), "request")}
        _fixed_boundary(request)
        request["uri"] = _LOOPBACK.sub(r"\1localhost", request["uri"])
        request["body"] = _readable(request.get("body"), _header(request["headers"], "content-type"))
        response = dict(interaction["response"])
        response["headers"] = _kept_headers(response.get("headers"), "response")
        body = _readable(response.get("body", {}).get("string"), _header(response["headers"], "content-type"))
        response["body"] = {"json": stand_ins.times(body["json"])} if body and "json" in body else body
        if body and "text" in body and _header(response["headers"], "content-type").startswith("text/event-stream"):
            response["body"] = {"text": stand_ins.events(body["text"])}
        current = {"request": request, "response": response}
        if not (kept and _repeated_poll(kept[-1], current)):
            kept.append(current)
    return [
        {"request": stand_ins.ids_in(each["request"], asked=True), "response": stand_ins.ids_in(each["response"])}
        for each in kept
    ]


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
        document = {"interactions": _normalised(cassette["interactions"]), "version": cassette.get("version", 1)}
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
            for name in [name for name in headers if name.lower() == "content-length"]:
                del headers[name]
            headers["content-length"] = [str(len(content))]  # the body is spelled differently now
        return document


# Configuration --------------------------------------------------------------------------------


def vcr_config(secrets: Iterable[str] = (), **overrides: Any) -> dict[str, Any]:
    """Keyword arguments for ``vcr.VCR`` (or pytest-recording's ``vcr_config`` fixture). The
    ``body_fields`` matcher and ``readable_yaml`` serializer must be registered too: use
    ``make_vcr``, or call ``register(vcr)`` on a VCR you built. ``secrets`` are scrubbed
    besides those found in requests and ``OPENAI_API_KEY``.

    Headers are dropped by the scrubbing hooks, not vcrpy's ``filter_headers`` (which would
    drop them before the hooks could learn the credentials they carry)."""
    scrubber = Scrubber([*secrets, os.environ.get("OPENAI_API_KEY", "")])
    return {
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
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


def make_vcr(
    cassette_dir: str | Path, record_mode: str = "none", *, secrets: Iterable[str] = (), **overrides: Any
) -> vcr.VCR:
    """A VCR that stores cassettes under ``cassette_dir``: ``record_mode="none"`` replays only
    (an unrecorded request fails), ``"once"`` records cassettes that do not exist yet.
    ``secrets``: more strings never to record (credentials in requests are found on their own)."""
    import vcr as vcrpy

    config = vcr_config(secrets, cassette_library_dir=str(cassette_dir), record_mode=record_mode, **overrides)
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


# Reviewing a re-recording -----------------------------------------------------------------------


def _flat(value: Any, path: str = "") -> dict[str, Any]:
    """Every leaf of ``value`` by its path (``response.body.json.file_counts.completed``)."""
    if isinstance(value, dict) and value:
        return {
            leaf: inner
            for key, item in value.items()
            for leaf, inner in _flat(item, f"{path}.{key}".lstrip(".")).items()
        }
    if isinstance(value, list) and value:
        return {
            leaf: inner for index, item in enumerate(value) for leaf, inner in _flat(item, f"{path}[{index}]").items()
        }
    return {path: value}


def _shown(fields: dict[str, Any], field: str) -> str:
    text = repr(fields[field]) if field in fields else "<absent>"
    return text if len(text) <= 60 else text[:57] + "..."


def _label(interaction: dict[str, Any]) -> str:
    parts = urlsplit(interaction["request"]["uri"])
    return f"{interaction['request']['method']} {parts.path}{'?' + parts.query if parts.query else ''}"


def diff_cassettes(old: str, new: str) -> list[str]:
    """What changed between two recordings of a cassette (YAML text; empty for none): requests
    removed (``-``) and added (``+``), and for each request in both, the fields whose values
    changed (``~``). Nothing when the recordings say the same."""
    before, after = ((yaml.load(text, Loader=_Loader) or {}).get("interactions") or [] for text in (old, new))  # noqa: S506 - a safe loader
    labels = [_label(interaction) for interaction in before], [_label(interaction) for interaction in after]
    lines = []
    for tag, start, end, new_start, new_end in difflib.SequenceMatcher(None, *labels, autojunk=False).get_opcodes():
        if tag != "equal":
            lines += [f"- {label}" for label in labels[0][start:end]] + [
                f"+ {label}" for label in labels[1][new_start:new_end]
            ]
            continue
        for offset in range(end - start):
            was, now = _flat(before[start + offset]), _flat(after[new_start + offset])
            label = f"{labels[1][new_start + offset]} #{new_start + offset + 1}"
            for field in dict.fromkeys([*was, *now]):
                if was.get(field, _MISSING) != now.get(field, _MISSING):
                    lines.append(f"~ {label}: {field}: {_shown(was, field)} -> {_shown(now, field)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """``python -m vectorstores.testing diff OLD NEW`` (a missing file reads as an empty cassette):
    prints ``diff_cassettes``; exits 1 when the recordings differ, as diff(1) does.
    ``check [PATH ...]`` exits 1 when a recording does not fit the document."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["check"]:  # recordings against the API description (needs jsonschema)
        from ._cassette_check.cli import main as check

        return check(args[1:])
    if len(args) != 3 or args[0] != "diff":
        print("usage: python -m vectorstores.testing {diff OLD.yaml NEW.yaml | check [PATH ...]}", file=sys.stderr)
        return 2
    old, new = (Path(path).read_text(encoding="utf-8") if Path(path).exists() else "" for path in args[1:])
    lines = diff_cassettes(old, new)
    for line in lines:
        print(line)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
