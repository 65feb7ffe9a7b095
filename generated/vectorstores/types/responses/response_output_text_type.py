# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputTextType``."""

from vectorstores_raw.models import ResponseOutputTextType

__all__ = [
    "ResponseOutputTextType",
]
