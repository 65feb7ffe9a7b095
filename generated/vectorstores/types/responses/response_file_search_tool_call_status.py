# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchToolCallStatus``."""

from vectorstores_raw.models import ResponseFileSearchToolCallStatus

__all__ = [
    "ResponseFileSearchToolCallStatus",
]
