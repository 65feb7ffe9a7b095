# Generated from openapi.yaml by make generate; do not edit.
"""``OutputTextType``."""

from vectorstores_raw.models import OutputTextType

__all__ = [
    "OutputTextType",
]
