# Generated from openapi.yaml by make generate; do not edit.
"""``ClickButtonType``."""

from vectorstores_raw.models import ClickButtonType

__all__ = [
    "ClickButtonType",
]
