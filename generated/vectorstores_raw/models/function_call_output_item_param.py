# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionCallOutputItemParam`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.function_call_item_status import FunctionCallItemStatus
from ..models.function_call_output_item_param_type import (
    FunctionCallOutputItemParamType,
)
from ..types import UNSET, Unset, discriminated_parser, lenient, list_parser, union_parser

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam

T = TypeVar("T", bound="FunctionCallOutputItemParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("output", "output"),
    ("type", "type"),
    ("id", "id"),
    ("call_id", "call_id"),
    ("caller", "caller"),
    ("name", "name"),
    ("namespace", "namespace"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"output", "type", "id", "call_id", "caller", "name", "namespace", "status"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: PLC0415
    from ..models.input_file_content_param import InputFileContentParam  # noqa: PLC0415
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam  # noqa: PLC0415
    from ..models.input_text_content_param import InputTextContentParam  # noqa: PLC0415
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: PLC0415

    return (
        union_parser(
            list_parser(
                discriminated_parser(
                    "type",
                    {
                        "input_text": InputTextContentParam,
                        "input_image": InputImageContentParamAutoParam,
                        "input_file": InputFileContentParam,
                    },
                )
            )
        ),
        discriminated_parser("type", {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam}),
    )


@_attrs_define(init=False, repr=False)
class FunctionCallOutputItemParam(BaseModel):
    """The FunctionCallOutputItemParam object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    output: str | list[InputTextContentParam | InputImageContentParamAutoParam | InputFileContentParam]
    type: FunctionCallOutputItemParamType
    id: str | None
    call_id: str | None
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None
    name: str | None
    namespace: str | None
    status: FunctionCallItemStatus | None

    _fields = _FIELDS
    _required = frozenset({"type", "output"})

    def __init__(
        self,
        *,
        output: str | list[InputTextContentParam | InputImageContentParamAutoParam | InputFileContentParam],
        type: FunctionCallOutputItemParamType,
        id: str | None | Unset = UNSET,
        call_id: str | None | Unset = UNSET,
        caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        status: FunctionCallItemStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "output"}
        self.output = output
        self.type = type
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
            _given_keys.add("id")
        if isinstance(call_id, Unset):
            self.call_id = None
        else:
            self.call_id = call_id
            _given_keys.add("call_id")
        if isinstance(caller, Unset):
            self.caller = None
        else:
            self.caller = caller
            _given_keys.add("caller")
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
            _given_keys.add("name")
        if isinstance(namespace, Unset):
            self.namespace = None
        else:
            self.namespace = namespace
            _given_keys.add("namespace")
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
            _given_keys.add("status")
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
        obj.output = lenient(pop("output", None), parse_1)
        obj.type = pop("type", None)
        obj.id = pop("id", None)
        obj.call_id = pop("call_id", None)
        obj.caller = lenient(pop("caller", None), parse_2)
        obj.name = pop("name", None)
        obj.namespace = pop("namespace", None)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("function_call_output",) and "output" in data
