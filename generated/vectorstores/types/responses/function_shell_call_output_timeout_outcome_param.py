# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputTimeoutOutcomeParam`` and the types its fields name."""

from vectorstores_raw.models import (
    FunctionShellCallOutputTimeoutOutcomeParam,
    FunctionShellCallOutputTimeoutOutcomeParamType,
)

__all__ = [
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcomeParamType",
]
