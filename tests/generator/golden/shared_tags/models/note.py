# Generated from openapi.yaml by make generate; do not edit.
"""The ``Note`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import union_parser

if TYPE_CHECKING:
    from .link_note import LinkNote
    from .text_note import TextNote

__all__ = ["Note", "parse_note"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
Note: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "TextNote",
    "LinkNote",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .link_note import LinkNote  # noqa: PLC0415
    from .text_note import TextNote  # noqa: PLC0415

    return union_parser(TextNote, LinkNote)


def parse_note(data: Any) -> Note:
    """One ``Note`` from its JSON object: the first member whose required keys and values it has."""
    return _parser()(data)  # type: ignore[no-any-return]
