# Generated from openapi.yaml by make generate; do not edit.
"""``WaitType``."""

from vectorstores_raw.models import WaitType

__all__ = [
    "WaitType",
]
