# Generated from openapi.yaml by make generate; do not edit.
"""``Click`` and the types its fields name."""

from vectorstores_raw.models import Click, ClickButtonType, ClickType

__all__ = [
    "Click",
    "ClickButtonType",
    "ClickType",
]
