# Generated from openapi.yaml by make generate; do not edit.
"""``TypeType``."""

from vectorstores_raw.models import TypeType

__all__ = [
    "TypeType",
]
