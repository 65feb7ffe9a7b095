# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterOutputImage`` and the types its fields name."""

from vectorstores_raw.models import CodeInterpreterOutputImage, CodeInterpreterOutputImageType

__all__ = [
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageType",
]
