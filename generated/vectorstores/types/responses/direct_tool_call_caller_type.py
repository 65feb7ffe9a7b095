# Generated from openapi.yaml by make generate; do not edit.
"""``DirectToolCallCallerType``."""

from vectorstores_raw.models import DirectToolCallCallerType

__all__ = [
    "DirectToolCallCallerType",
]
