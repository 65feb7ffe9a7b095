# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionWebSearch`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseFunctionWebSearch,
    ResponseFunctionWebSearchStatus,
    ResponseFunctionWebSearchType,
    SearchAction,
)

__all__ = [
    "ResponseFunctionWebSearch",
    "ResponseFunctionWebSearchStatus",
    "ResponseFunctionWebSearchType",
    "SearchAction",
]
