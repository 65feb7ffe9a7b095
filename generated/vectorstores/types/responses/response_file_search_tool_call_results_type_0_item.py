# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchToolCallResultsType0Item``."""

from vectorstores_raw.models import ResponseFileSearchToolCallResultsType0Item

__all__ = [
    "ResponseFileSearchToolCallResultsType0Item",
]
