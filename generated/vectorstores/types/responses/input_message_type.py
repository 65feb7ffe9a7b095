# Generated from openapi.yaml by make generate; do not edit.
"""``InputMessageType``."""

from vectorstores_raw.models import InputMessageType

__all__ = [
    "InputMessageType",
]
