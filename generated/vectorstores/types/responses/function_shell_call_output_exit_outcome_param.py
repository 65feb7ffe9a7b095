# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputExitOutcomeParam`` and the types its fields name."""

from vectorstores_raw.models import FunctionShellCallOutputExitOutcomeParam, FunctionShellCallOutputExitOutcomeParamType

__all__ = [
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputExitOutcomeParamType",
]
