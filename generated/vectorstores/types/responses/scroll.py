# Generated from openapi.yaml by make generate; do not edit.
"""``Scroll`` and the types its fields name."""

from vectorstores_raw.models import Scroll, ScrollType

__all__ = [
    "Scroll",
    "ScrollType",
]
