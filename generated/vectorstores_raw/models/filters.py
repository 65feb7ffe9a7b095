# Generated from openapi.yaml by make generate; do not edit.
"""The ``Filters`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .comparison_filter import ComparisonFilter
    from .compound_filter import CompoundFilter

__all__ = ["Filters", "parse_filters"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
Filters: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "ComparisonFilter",
    "CompoundFilter",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .comparison_filter import ComparisonFilter  # noqa: PLC0415
    from .compound_filter import CompoundFilter  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "eq": ComparisonFilter,
            "gt": ComparisonFilter,
            "gte": ComparisonFilter,
            "in": ComparisonFilter,
            "lt": ComparisonFilter,
            "lte": ComparisonFilter,
            "ne": ComparisonFilter,
            "nin": ComparisonFilter,
            "and": CompoundFilter,
            "or": CompoundFilter,
        },
    )


def parse_filters(data: Any) -> Filters:
    """One ``Filters`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
