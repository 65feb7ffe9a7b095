# Generated from openapi.yaml by make generate; do not edit.
"""``ScrollType``."""

from vectorstores_raw.models import ScrollType

__all__ = [
    "ScrollType",
]
