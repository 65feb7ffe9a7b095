# Generated from openapi.yaml by make generate; do not edit.
"""``DirectToolCallCallerParamType``."""

from vectorstores_raw.models import DirectToolCallCallerParamType

__all__ = [
    "DirectToolCallCallerParamType",
]
