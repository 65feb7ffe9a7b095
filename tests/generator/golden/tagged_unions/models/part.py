# Generated from openapi.yaml by make generate; do not edit.
"""The ``Part`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .group import Group
    from .text_part import TextPart

__all__ = ["Part", "parse_part"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
Part: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "TextPart",
    "Group",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .group import Group  # noqa: PLC0415
    from .text_part import TextPart  # noqa: PLC0415

    return discriminated_parser("type", {"text": TextPart, "group": Group})


def parse_part(data: Any) -> Part:
    """One ``Part`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
