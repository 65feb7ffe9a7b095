# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterToolCallType``."""

from vectorstores_raw.models import CodeInterpreterToolCallType

__all__ = [
    "CodeInterpreterToolCallType",
]
