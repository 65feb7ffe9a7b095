# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchToolCallType``."""

from vectorstores_raw.models import ResponseFileSearchToolCallType

__all__ = [
    "ResponseFileSearchToolCallType",
]
