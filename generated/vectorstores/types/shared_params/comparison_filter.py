# Generated from openapi.yaml by make generate; do not edit.
"""``ComparisonFilter``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr

__all__ = ["ComparisonFilter"]


class ComparisonFilter(TypedDict, total=False):
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation."""

    key: Required[str]
    """The key to compare against the value."""
    type: Required[Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]]
    """Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.

    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in
    """
    value: Required[str | float | bool | SequenceNotStr[str | float]]
    """The value to compare against the attribute key; supports string, number, or boolean types."""
