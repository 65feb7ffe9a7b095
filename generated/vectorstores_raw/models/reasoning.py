# Generated from openapi.yaml by make generate; do not edit.
"""The ``Reasoning`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.reasoning_context_type_0 import ReasoningContextType0
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..models.reasoning_generate_summary_type_0 import (
    ReasoningGenerateSummaryType0,
)
from ..models.reasoning_mode_enum_type_1 import ReasoningModeEnumType1
from ..models.reasoning_summary_type_0 import ReasoningSummaryType0
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="Reasoning")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("context", "context"),
    ("effort", "effort"),
    ("generate_summary", "generate_summary"),
    ("mode", "mode"),
    ("summary", "summary"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"context", "effort", "generate_summary", "mode", "summary"})


@_attrs_define(init=False, repr=False)
class Reasoning(BaseModel):
    """**gpt-5 and o-series models only**

    Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    context: ReasoningContextType0 | None
    """Controls which reasoning items are rendered back to the model on later turns. If omitted or set to `auto`, the
    model determines the context mode. The `gpt-5.6` model family defaults to `all_turns`; earlier models default to
    `current_turn`.

    When returned on a response, this is the effective reasoning context mode used for the response.
    """
    effort: ReasoningEffortType0 | None
    """Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`,
    `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every value. See the [reasoning
    guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
    """
    generate_summary: ReasoningGenerateSummaryType0 | None
    """**Deprecated:** use `summary` instead.

    A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's
    reasoning process. One of `auto`, `concise`, or `detailed`.
    """
    mode: str | ReasoningModeEnumType1 | None
    """Controls the reasoning execution mode for the request.

    When returned on a response, this is the effective execution mode.
    """
    summary: ReasoningSummaryType0 | None
    """A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's
    reasoning process. One of `auto`, `concise`, or `detailed`.

    `concise` is supported for `computer-use-preview` models and all reasoning models after `gpt-5`.
    """

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        context: ReasoningContextType0 | None | Unset = UNSET,
        effort: ReasoningEffortType0 | None | Unset = UNSET,
        generate_summary: ReasoningGenerateSummaryType0 | None | Unset = UNSET,
        mode: str | ReasoningModeEnumType1 | None | Unset = UNSET,
        summary: ReasoningSummaryType0 | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(context, Unset):
            self.context = None
        else:
            self.context = context
            _given_keys.add("context")
        if isinstance(effort, Unset):
            self.effort = None
        else:
            self.effort = effort
            _given_keys.add("effort")
        if isinstance(generate_summary, Unset):
            self.generate_summary = None
        else:
            self.generate_summary = generate_summary
            _given_keys.add("generate_summary")
        if isinstance(mode, Unset):
            self.mode = None
        else:
            self.mode = mode
            _given_keys.add("mode")
        if isinstance(summary, Unset):
            self.summary = None
        else:
            self.summary = summary
            _given_keys.add("summary")
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
        obj.context = pop("context", None)
        obj.effort = pop("effort", None)
        obj.generate_summary = pop("generate_summary", None)
        obj.mode = pop("mode", None)
        obj.summary = pop("summary", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
