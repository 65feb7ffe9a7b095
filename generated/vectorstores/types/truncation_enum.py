# Generated from openapi.yaml by make generate; do not edit.
"""``TruncationEnum``."""

from vectorstores_raw.models import TruncationEnum

__all__ = [
    "TruncationEnum",
]
