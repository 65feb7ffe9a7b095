"""Shared types of the raw client: sentinels, file inputs, the response wrapper, and the
lenient parsing and JSON serialisation every model and endpoint uses."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from typing import IO, Any, Generic, Literal, Protocol, SupportsIndex, TypeVar, overload

import httpx2
from attrs import define

from .errors import OpenAIError

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "Body",
    "File",
    "FileContent",
    "FileInput",
    "Headers",
    "NestingError",
    "NotGiven",
    "Omit",
    "PartTuple",
    "Query",
    "RequestFiles",
    "Response",
    "SequenceNotStr",
    "Unset",
    "as_float",
    "as_list",
    "discriminated_parser",
    "float_or",
    "iter_present",
    "lenient",
    "list_parser",
    "omit",
    "parse_datetime",
    "to_json",
    "union_parser",
]

T = TypeVar("T")


class Unset:
    """The type of the "argument not given" sentinel: the field is left out of the request."""

    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
# The official SDK's spellings of the same sentinel, so code written for it reads the same here.
Omit = Unset
omit: Unset = UNSET
NotGiven = Unset
NOT_GIVEN: Unset = UNSET

# What ``extra_headers``, ``extra_query`` and ``extra_body`` take (openai-python's names): a
# header given as ``omit`` is left out, the client's own included; a body must be a mapping.
Headers = Mapping[str, str | Omit]
Query = Mapping[str, object]
Body = object

T_co = TypeVar("T_co", covariant=True)


class SequenceNotStr(Protocol[T_co]):
    """A sequence that is not a ``str``: type checkers refuse ``file_ids="file-1"``, which a
    plain ``Sequence[str]`` would take (a string is a sequence of strings)."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> T_co: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[T_co]: ...
    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
    def count(self, value: Any, /) -> int: ...
    def __reversed__(self) -> Iterator[T_co]: ...


def as_list(value: Any) -> Any:
    """An array argument given as any iterable (a tuple, a generator) as the list sent, read
    once; anything else (a list, a string, a mapping, ``omit``) as it is, for the checks to judge."""
    if isinstance(value, (list, str, bytes, Mapping, Unset)) or value is None or not isinstance(value, Iterable):
        return value
    return list(value)


FileContent = IO[bytes] | bytes | str
# What httpx2 accepts for one multipart file part.
PartTuple = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, PartTuple]]


@define
class File:
    """A file part for an upload: its content and, optionally, a name and a media type."""

    payload: IO[bytes] | bytes
    file_name: str | None = None
    mime_type: str | None = None
    headers: Mapping[str, str] | None = None  # the part's own headers

    def to_tuple(self) -> PartTuple:
        """The (name, content, media type[, headers]) tuple httpx2 sends as a multipart part."""
        if self.headers:
            return self.file_name, self.payload, self.mime_type, self.headers
        return self.file_name, self.payload, self.mime_type


# A raw upload: a File, or the (name, content[, media type[, headers]]) tuple httpx2 takes.
FileInput = (
    File
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)


@define
class Response(Generic[T]):
    """A parsed response together with what came over the wire."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T
    http_response: httpx2.Response

    def parse(self) -> T:
        """The parsed result (the official SDK's spelling of ``parsed``)."""
        return self.parsed

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id``, to quote when reporting a problem."""
        return self.headers.get("x-request-id")


# --- Lenient parsing --------------------------------------------------------------------------
# The real API does not always follow its document: fields go missing, come back null, or carry
# values the document does not list. Parsing never fails on that; what cannot be turned into
# the documented shape is kept as it came, so nothing the server said is lost.
# RecursionError too: data nested deeper than the interpreter recurses is kept as sent.
_PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError)


class NestingError(OpenAIError, ValueError):
    """Data nested too deeply to serialise."""


def lenient(value: Any, parse: Callable[[Any], Any]) -> Any:
    """Apply ``parse`` to a present, non-null value; keep the value as-is if it does not fit."""
    if value is None or value is UNSET:
        return value
    try:
        return parse(value)
    except _PARSE_ERRORS:
        return value


def list_parser(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A parser for a JSON array whose items are each parsed leniently with ``item``."""

    def parse(value: Any) -> Any:
        if not isinstance(value, list):
            return value
        return [lenient(element, item) for element in value]

    return parse


def as_float(value: Any) -> Any:
    """A JSON ``number``: a whole number (``1741476777``) is read as the float the document says
    it is, as openai-python reads it; anything else (a bool, a string) is kept as sent."""
    if type(value) is int:  # not isinstance: a bool is an int, and is not a number here
        try:
            converted = float(value)
        except OverflowError:  # too large for a float: kept, as any value that does not fit
            return value
        # A whole number a float cannot hold exactly (beyond 2**53) keeps its digits as sent.
        return converted if int(converted) == value else value
    return value


def float_or(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A parser for a union of a ``number`` and objects or arrays: a whole number is a float,
    anything else goes to ``parse``."""

    def parse_value(value: Any) -> Any:
        return as_float(value) if type(value) is int else parse(value)

    return parse_value


def union_parser(*options: Any) -> Callable[[Any], Any]:
    """A parser for ``oneOf``/``anyOf``: the model whose required keys and enum values match
    wins; else the first model for an object, the first list parser for an array."""
    models = [option for option in options if hasattr(option, "matches")]
    lists = [option for option in options if not hasattr(option, "matches")]

    def parse(value: Any) -> Any:
        if isinstance(value, Mapping):
            for model in models:
                if model.matches(value):
                    return model.from_dict(value)
            return models[0].from_dict(value) if models else value
        if isinstance(value, list) and lists:
            return lists[0](value)
        return value

    return parse


def discriminated_parser(key: str, variants: Mapping[Any, Any], *lists: Any) -> Callable[[Any], Any]:
    """A parser for a union whose members one key tells apart (``type``): a dict look-up, not a
    try of each member. A tag several members share maps to a tuple of them, tried among
    themselves alone. An object whose tag is not listed (a kind added since generation) is
    kept whole as an ``UnknownObject``; one with no tag at all is tried member by member."""
    parsers = {
        tag: union_parser(*model) if isinstance(model, tuple) else model.from_dict for tag, model in variants.items()
    }
    members = (model if isinstance(model, tuple) else (model,) for model in variants.values())
    untagged = union_parser(*dict.fromkeys(member for group in members for member in group), *lists)

    def parse(value: Any) -> Any:
        if isinstance(value, Mapping):
            tag = value.get(key)
            found = parsers.get(tag) if isinstance(tag, str) else None
            if found is not None:
                return found(value)
            if tag is None:
                return untagged(value)
            from .base_model import UnknownObject

            return UnknownObject.from_dict(value)
        if isinstance(value, list) and lists:
            return lists[0](value)
        return value

    return parse


def parse_datetime(value: Any) -> datetime.datetime:
    """Parse an ISO 8601 timestamp."""
    from dateutil.parser import isoparse

    return isoparse(value)


# --- Serialisation ----------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """Turn a model, or plain data holding models, into JSON-ready data; UNSET keys are dropped.

    Data nested deeper than the interpreter recurses raises NestingError (an OpenAIError)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    try:
        to_dict = getattr(value, "to_dict", None)
        if to_dict is not None:
            # Objects with the official SDK's model API (ours among them) keep datetimes and
            # the like in their python-mode to_dict(); the wire needs their JSON mode.
            return to_dict(mode="json") if hasattr(value, "model_dump") else to_dict()
        if isinstance(value, Mapping):
            return {str(k): to_json(v) for k, v in value.items() if v is not UNSET}
        if isinstance(value, (list, tuple)):
            return [to_json(item) for item in value]
    except RecursionError:
        raise NestingError("the data is nested too deeply to turn into JSON") from None
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def iter_present(fields: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """The (name, value) pairs of ``fields`` whose value was given."""
    return ((name, value) for name, value in fields.items() if value is not UNSET)
