# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModerationResult`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.moderation_result_type import ModerationResultType

if TYPE_CHECKING:
    from ..models.moderation_input_type import ModerationInputType

T = TypeVar("T", bound="ModerationResult")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("categories", "categories"),
    ("category_applied_input_types", "category_applied_input_types"),
    ("category_scores", "category_scores"),
    ("flagged", "flagged"),
    ("model", "model"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"categories", "category_applied_input_types", "category_scores", "flagged", "model", "type"}
)


@_attrs_define(init=False, repr=False)
class ModerationResult(BaseModel):
    """A moderation result produced for the response input or output.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    categories: dict[str, bool]
    """A dictionary of moderation categories to booleans, True if the input is flagged under this category."""
    category_applied_input_types: dict[str, list[ModerationInputType]]
    """Which modalities of input are reflected by the score for each category."""
    category_scores: dict[str, float]
    """A dictionary of moderation categories to scores."""
    flagged: bool
    """A boolean indicating whether the content was flagged by any category."""
    model: str
    """The moderation model that produced this result."""
    type: ModerationResultType
    """The object type, which was always `moderation_result` for successful moderation results."""

    _fields = _FIELDS
    _required = frozenset({"type", "model", "flagged", "categories", "category_scores", "category_applied_input_types"})

    def __init__(
        self,
        *,
        categories: dict[str, bool],
        category_applied_input_types: dict[str, list[ModerationInputType]],
        category_scores: dict[str, float],
        flagged: bool,
        model: str,
        type: ModerationResultType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "model", "flagged", "categories", "category_scores", "category_applied_input_types"}
        self.categories = categories
        self.category_applied_input_types = category_applied_input_types
        self.category_scores = category_scores
        self.flagged = flagged
        self.model = model
        self.type = type
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
        obj.categories = pop("categories", None)
        obj.category_applied_input_types = pop("category_applied_input_types", None)
        obj.category_scores = pop("category_scores", None)
        obj.flagged = pop("flagged", None)
        obj.model = pop("model", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("moderation_result",)
            and "model" in data
            and "flagged" in data
            and "categories" in data
            and "category_scores" in data
            and "category_applied_input_types" in data
        )
