# Generated from openapi.yaml by make generate; do not edit.
"""The ``CustomToolCallOutput`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.custom_tool_call_output_type import CustomToolCallOutputType
from ..types import UNSET, Unset, discriminated_parser, lenient, list_parser, union_parser

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam

T = TypeVar("T", bound="CustomToolCallOutput")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("call_id", "call_id"),
    ("output", "output"),
    ("type", "type"),
    ("id", "id"),
    ("caller", "caller"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"call_id", "output", "type", "id", "caller"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: PLC0415
    from ..models.input_file_content import InputFileContent  # noqa: PLC0415
    from ..models.input_image_content import InputImageContent  # noqa: PLC0415
    from ..models.input_text_content import InputTextContent  # noqa: PLC0415
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: PLC0415

    return (
        union_parser(
            list_parser(
                discriminated_parser(
                    "type",
                    {"input_text": InputTextContent, "input_image": InputImageContent, "input_file": InputFileContent},
                )
            )
        ),
        discriminated_parser("type", {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam}),
    )


@_attrs_define(init=False, repr=False)
class CustomToolCallOutput(BaseModel):
    """The CustomToolCallOutput object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    call_id: str
    output: str | list[InputTextContent | InputImageContent | InputFileContent]
    type: CustomToolCallOutputType
    id: str | None
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None

    _fields = _FIELDS
    _required = frozenset({"type", "call_id", "output"})

    def __init__(
        self,
        *,
        call_id: str,
        output: str | list[InputTextContent | InputImageContent | InputFileContent],
        type: CustomToolCallOutputType,
        id: str | None | Unset = UNSET,
        caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "call_id", "output"}
        self.call_id = call_id
        self.output = output
        self.type = type
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
            _given_keys.add("id")
        if isinstance(caller, Unset):
            self.caller = None
        else:
            self.caller = caller
            _given_keys.add("caller")
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
        (
            parse_1,
            parse_2,
        ) = _parsers()
        obj.call_id = pop("call_id", None)
        obj.output = lenient(pop("output", None), parse_1)
        obj.type = pop("type", None)
        obj.id = pop("id", None)
        obj.caller = lenient(pop("caller", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("custom_tool_call_output",) and "call_id" in data and "output" in data
