# Generated from openapi.yaml by make generate; do not edit.
"""The ``OutputMessageContent`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .response_output_refusal import ResponseOutputRefusal
    from .response_output_text import ResponseOutputText

__all__ = ["OutputMessageContent", "parse_output_message_content"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
OutputMessageContent: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "ResponseOutputText",
    "ResponseOutputRefusal",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
    from .response_output_text import ResponseOutputText  # noqa: PLC0415

    return discriminated_parser("type", {"output_text": ResponseOutputText, "refusal": ResponseOutputRefusal})


def parse_output_message_content(data: Any) -> OutputMessageContent:
    """One ``OutputMessageContent`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
