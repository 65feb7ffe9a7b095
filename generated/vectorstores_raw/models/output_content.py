# Generated from openapi.yaml by make generate; do not edit.
"""The ``OutputContent`` union: 3 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .reasoning_text import ReasoningText
    from .response_output_refusal import ResponseOutputRefusal
    from .response_output_text import ResponseOutputText

__all__ = ["OutputContent", "parse_output_content"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
OutputContent: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "ResponseOutputText",
    "ResponseOutputRefusal",
    "ReasoningText",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .reasoning_text import ReasoningText  # noqa: PLC0415
    from .response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
    from .response_output_text import ResponseOutputText  # noqa: PLC0415

    return discriminated_parser(
        "type", {"output_text": ResponseOutputText, "refusal": ResponseOutputRefusal, "reasoning_text": ReasoningText}
    )


def parse_output_content(data: Any) -> OutputContent:
    """One ``OutputContent`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
