# Generated from openapi.yaml by make generate; do not edit.
"""``DirectToolCallCaller`` and the types its fields name."""

from vectorstores_raw.models import DirectToolCallCaller, DirectToolCallCallerType

__all__ = [
    "DirectToolCallCaller",
    "DirectToolCallCallerType",
]
