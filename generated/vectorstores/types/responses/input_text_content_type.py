# Generated from openapi.yaml by make generate; do not edit.
"""``InputTextContentType``."""

from vectorstores_raw.models import InputTextContentType

__all__ = [
    "InputTextContentType",
]
