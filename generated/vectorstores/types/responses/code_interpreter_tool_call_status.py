# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterToolCallStatus``."""

from vectorstores_raw.models import CodeInterpreterToolCallStatus

__all__ = [
    "CodeInterpreterToolCallStatus",
]
