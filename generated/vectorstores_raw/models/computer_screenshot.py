# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerScreenshot`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.computer_screenshot_type import ComputerScreenshotType
from ..models.image_detail import ImageDetail
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

T = TypeVar("T", bound="ComputerScreenshot")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("detail", "detail"),
    ("file_id", "file_id"),
    ("image_url", "image_url"),
    ("type", "type"),
    ("prompt_cache_breakpoint", "prompt_cache_breakpoint"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"detail", "file_id", "image_url", "type", "prompt_cache_breakpoint"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig  # noqa: PLC0415

    return (PromptCacheBreakpointConfig.from_dict,)


@_attrs_define(init=False, repr=False)
class ComputerScreenshot(BaseModel):
    """A screenshot of a computer.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    detail: ImageDetail
    """The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`.
    Defaults to `auto`.
    """
    file_id: str | None
    """The identifier of an uploaded file that contains the screenshot."""
    image_url: str | None
    """The URL of the screenshot image."""
    type: ComputerScreenshotType
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    _fields = _FIELDS
    _required = frozenset({"type", "image_url", "file_id", "detail"})

    def __init__(
        self,
        *,
        detail: ImageDetail,
        file_id: str | None,
        image_url: str | None,
        type: ComputerScreenshotType,
        prompt_cache_breakpoint: PromptCacheBreakpointConfig | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "image_url", "file_id", "detail"}
        self.detail = detail
        self.file_id = file_id
        self.image_url = image_url
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
        obj.detail = pop("detail", None)
        obj.file_id = pop("file_id", None)
        obj.image_url = pop("image_url", None)
        obj.type = pop("type", None)
        obj.prompt_cache_breakpoint = lenient(pop("prompt_cache_breakpoint", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("computer_screenshot",)
            and "image_url" in data
            and "file_id" in data
            and data.get("detail")
            in (
                "auto",
                "high",
                "low",
                "original",
            )
        )
