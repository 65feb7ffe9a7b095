# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionWebSearchType``."""

from vectorstores_raw.models import ResponseFunctionWebSearchType

__all__ = [
    "ResponseFunctionWebSearchType",
]
