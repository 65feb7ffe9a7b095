# Generated from openapi.yaml by make generate; do not edit.
"""``Wait`` and the types its fields name."""

from vectorstores_raw.models import Wait, WaitType

__all__ = [
    "Wait",
    "WaitType",
]
