# Generated from openapi.yaml by make generate; do not edit.
"""``ResponsePrompt`` and the types its fields name."""

from vectorstores_raw.models import ResponseInputText, ResponsePrompt

__all__ = [
    "ResponseInputText",
    "ResponsePrompt",
]
