# Generated from openapi.yaml by make generate; do not edit.
"""``KeyPress`` and the types its fields name."""

from vectorstores_raw.models import KeyPress, KeyPressType

__all__ = [
    "KeyPress",
    "KeyPressType",
]
