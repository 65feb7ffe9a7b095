# Generated from openapi.yaml by make generate; do not edit.
"""``EasyInputMessageType``."""

from vectorstores_raw.models import EasyInputMessageType

__all__ = [
    "EasyInputMessageType",
]
