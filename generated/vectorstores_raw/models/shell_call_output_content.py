# Generated from openapi.yaml by make generate; do not edit.
"""The ``ShellCallOutputContent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from ..models.function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome

T = TypeVar("T", bound="ShellCallOutputContent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("outcome", "outcome"),
    ("stderr", "stderr"),
    ("stdout", "stdout"),
    ("created_by", "created_by"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"outcome", "stderr", "stdout", "created_by"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome  # noqa: PLC0415
    from ..models.function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome  # noqa: PLC0415

    return (
        discriminated_parser(
            "type", {"timeout": FunctionShellCallOutputTimeoutOutcome, "exit": FunctionShellCallOutputExitOutcome}
        ),
    )


@_attrs_define(init=False, repr=False)
class ShellCallOutputContent(BaseModel):
    """The content of a shell tool call output that was emitted.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    outcome: FunctionShellCallOutputTimeoutOutcome | FunctionShellCallOutputExitOutcome
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""
    stderr: str
    """The standard error output that was captured."""
    stdout: str
    """The standard output that was captured."""
    created_by: str | None
    """The identifier of the actor that created the item."""

    _fields = _FIELDS
    _required = frozenset({"stdout", "stderr", "outcome"})

    def __init__(
        self,
        *,
        outcome: FunctionShellCallOutputTimeoutOutcome | FunctionShellCallOutputExitOutcome,
        stderr: str,
        stdout: str,
        created_by: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"stdout", "stderr", "outcome"}
        self.outcome = outcome
        self.stderr = stderr
        self.stdout = stdout
        if isinstance(created_by, Unset):
            self.created_by = None
        else:
            self.created_by = created_by
            _given_keys.add("created_by")
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
        obj.outcome = lenient(pop("outcome", None), parse_1)
        obj.stderr = pop("stderr", None)
        obj.stdout = pop("stdout", None)
        obj.created_by = pop("created_by", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "stdout" in data and "stderr" in data and "outcome" in data
