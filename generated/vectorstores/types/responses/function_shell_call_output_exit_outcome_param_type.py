# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputExitOutcomeParamType``."""

from vectorstores_raw.models import FunctionShellCallOutputExitOutcomeParamType

__all__ = [
    "FunctionShellCallOutputExitOutcomeParamType",
]
