# Generated from openapi.yaml by make generate; do not edit.
"""The ``RunEvent`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .run_created_event import RunCreatedEvent
    from .run_delta_event import RunDeltaEvent

__all__ = ["RunEvent", "parse_run_event"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
RunEvent: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "RunCreatedEvent",
    "RunDeltaEvent",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .run_created_event import RunCreatedEvent  # noqa: PLC0415
    from .run_delta_event import RunDeltaEvent  # noqa: PLC0415

    return discriminated_parser("type", {"run.created": RunCreatedEvent, "run.delta": RunDeltaEvent})


def parse_run_event(data: Any) -> RunEvent:
    """One ``RunEvent`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
