# Generated from openapi.yaml by make generate; do not edit.
"""``ComparisonFilter``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr

__all__ = ["ComparisonFilter"]


class ComparisonFilter(TypedDict, total=False):
    key: Required[str]
    type: Required[Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]]
    value: Required[str | float | bool | SequenceNotStr[str | float]]
