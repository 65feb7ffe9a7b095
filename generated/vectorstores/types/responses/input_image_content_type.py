# Generated from openapi.yaml by make generate; do not edit.
"""``InputImageContentType``."""

from vectorstores_raw.models import InputImageContentType

__all__ = [
    "InputImageContentType",
]
