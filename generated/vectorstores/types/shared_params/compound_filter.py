# Generated from openapi.yaml by make generate; do not edit.
"""``CompoundFilter`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.shared_params.comparison_filter import ComparisonFilter

__all__ = ["CompoundFilter", "Filter"]


class CompoundFilter(TypedDict, total=False):
    """Combine multiple filters using `and` or `or`."""

    filters: Required[Iterable[Filter]]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""
    type: Required[Literal["and", "or"]]
    """Type of operation: `and` or `or`."""


Filter: TypeAlias = ComparisonFilter | CompoundFilter
