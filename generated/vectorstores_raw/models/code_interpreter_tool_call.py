# Generated from openapi.yaml by make generate; do not edit.
"""The ``CodeInterpreterToolCall`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.code_interpreter_tool_call_status import (
    CodeInterpreterToolCallStatus,
)
from ..models.code_interpreter_tool_call_type import CodeInterpreterToolCallType
from ..types import discriminated_parser, lenient, list_parser, union_parser

if TYPE_CHECKING:
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs

T = TypeVar("T", bound="CodeInterpreterToolCall")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("code", "code"),
    ("container_id", "container_id"),
    ("outputs", "outputs"),
    ("status", "status"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "code", "container_id", "outputs", "status", "type"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage  # noqa: PLC0415
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs  # noqa: PLC0415

    return (
        union_parser(
            list_parser(
                discriminated_parser("type", {"logs": CodeInterpreterOutputLogs, "image": CodeInterpreterOutputImage})
            )
        ),
    )


@_attrs_define(init=False, repr=False)
class CodeInterpreterToolCall(BaseModel):
    """The CodeInterpreterToolCall object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    code: str | None
    container_id: str
    outputs: list[CodeInterpreterOutputLogs | CodeInterpreterOutputImage] | None
    status: CodeInterpreterToolCallStatus
    type: CodeInterpreterToolCallType

    _fields = _FIELDS
    _required = frozenset({"type", "id", "status", "container_id", "code", "outputs"})

    def __init__(
        self,
        *,
        id: str,
        code: str | None,
        container_id: str,
        outputs: list[CodeInterpreterOutputLogs | CodeInterpreterOutputImage] | None,
        status: CodeInterpreterToolCallStatus,
        type: CodeInterpreterToolCallType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "status", "container_id", "code", "outputs"}
        self.id = id
        self.code = code
        self.container_id = container_id
        self.outputs = outputs
        self.status = status
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
        (parse_1,) = _parsers()
        obj.id = pop("id", None)
        obj.code = pop("code", None)
        obj.container_id = pop("container_id", None)
        obj.outputs = lenient(pop("outputs", None), parse_1)
        obj.status = pop("status", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("code_interpreter_call",)
            and "id" in data
            and data.get("status")
            in (
                "completed",
                "failed",
                "in_progress",
                "incomplete",
                "interpreting",
            )
            and "container_id" in data
            and "code" in data
            and "outputs" in data
        )
