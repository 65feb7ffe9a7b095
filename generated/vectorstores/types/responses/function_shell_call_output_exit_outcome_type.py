# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputExitOutcomeType``."""

from vectorstores_raw.models import FunctionShellCallOutputExitOutcomeType

__all__ = [
    "FunctionShellCallOutputExitOutcomeType",
]
