# Generated from openapi.yaml by make generate; do not edit.
"""``KeyPressType``."""

from vectorstores_raw.models import KeyPressType

__all__ = [
    "KeyPressType",
]
