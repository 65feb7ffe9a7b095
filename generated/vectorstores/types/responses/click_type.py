# Generated from openapi.yaml by make generate; do not edit.
"""``ClickType``."""

from vectorstores_raw.models import ClickType

__all__ = [
    "ClickType",
]
