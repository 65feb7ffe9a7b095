# Generated from openapi.yaml by make generate; do not edit.
"""``DirectToolCallCallerParam`` and the types its fields name."""

from vectorstores_raw.models import DirectToolCallCallerParam, DirectToolCallCallerParamType

__all__ = [
    "DirectToolCallCallerParam",
    "DirectToolCallCallerParamType",
]
