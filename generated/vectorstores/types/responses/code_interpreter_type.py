# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterType``."""

from vectorstores_raw.models import CodeInterpreterType

__all__ = [
    "CodeInterpreterType",
]
