# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterToolAutoType``."""

from vectorstores_raw.models import CodeInterpreterToolAutoType

__all__ = [
    "CodeInterpreterToolAutoType",
]
