# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterOutputImageType``."""

from vectorstores_raw.models import CodeInterpreterOutputImageType

__all__ = [
    "CodeInterpreterOutputImageType",
]
