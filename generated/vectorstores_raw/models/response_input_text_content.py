# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputTextContent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_input_text_content_type import (
    ResponseInputTextContentType,
)
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

T = TypeVar("T", bound="ResponseInputTextContent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("text", "text"),
    ("type", "type"),
    ("prompt_cache_breakpoint", "prompt_cache_breakpoint"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"text", "type", "prompt_cache_breakpoint"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam  # noqa: PLC0415

    return (PromptCacheBreakpointParam.from_dict,)


@_attrs_define(init=False, repr=False)
class ResponseInputTextContent(BaseModel):
    """A text input to the model.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    text: str
    """The text input to the model."""
    type: ResponseInputTextContentType
    """The type of the input item. Always `input_text`."""
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    _fields = _FIELDS
    _required = frozenset({"type", "text"})

    def __init__(
        self,
        *,
        text: str,
        type: ResponseInputTextContentType,
        prompt_cache_breakpoint: PromptCacheBreakpointParam | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "text"}
        self.text = text
        self.type = type
        if isinstance(prompt_cache_breakpoint, Unset):
            self.prompt_cache_breakpoint = None
        else:
            self.prompt_cache_breakpoint = prompt_cache_breakpoint
            _given_keys.add("prompt_cache_breakpoint")
        self.additional_properties = {}
        self._given = _given_keys
        self._request_id = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        # Straight-line assignments, not __init__: parsing is the hot path.
        obj = cls.__new__(cls)
        obj._given = _KEYS.intersection(d)
        pop = d.pop
        (parse_1,) = _parsers()
        obj.text = pop("text", None)
        obj.type = pop("type", None)
        obj.prompt_cache_breakpoint = lenient(pop("prompt_cache_breakpoint", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("input_text",) and "text" in data
