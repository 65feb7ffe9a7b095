# Generated from openapi.yaml by make generate; do not edit.
"""``CompoundFilter`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.shared_params.comparison_filter import ComparisonFilter

__all__ = ["CompoundFilter", "Filter"]


class CompoundFilter(TypedDict, total=False):
    filters: Required[Iterable[Filter]]
    type: Required[Literal["and", "or"]]


Filter: TypeAlias = ComparisonFilter | CompoundFilter
