# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionShellCallOutputContent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
    from ..models.function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam

T = TypeVar("T", bound="ResponseFunctionShellCallOutputContent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("outcome", "outcome"),
    ("stderr", "stderr"),
    ("stdout", "stdout"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"outcome", "stderr", "stdout"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam  # noqa: PLC0415
    from ..models.function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam  # noqa: PLC0415

    return (
        discriminated_parser(
            "type",
            {"timeout": FunctionShellCallOutputTimeoutOutcomeParam, "exit": FunctionShellCallOutputExitOutcomeParam},
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseFunctionShellCallOutputContent(BaseModel):
    """Captured stdout and stderr for a portion of a shell tool call output.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    outcome: FunctionShellCallOutputTimeoutOutcomeParam | FunctionShellCallOutputExitOutcomeParam
    """The exit or timeout outcome associated with this shell call."""
    stderr: str
    """Captured stderr output for the shell call."""
    stdout: str
    """Captured stdout output for the shell call."""

    _fields = _FIELDS
    _required = frozenset({"stdout", "stderr", "outcome"})

    def __init__(
        self,
        *,
        outcome: FunctionShellCallOutputTimeoutOutcomeParam | FunctionShellCallOutputExitOutcomeParam,
        stderr: str,
        stdout: str,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"stdout", "stderr", "outcome"}
        self.outcome = outcome
        self.stderr = stderr
        self.stdout = stdout
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
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "stdout" in data and "stderr" in data and "outcome" in data
