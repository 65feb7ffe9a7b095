# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputExitOutcome`` and the types its fields name."""

from vectorstores_raw.models import FunctionShellCallOutputExitOutcome, FunctionShellCallOutputExitOutcomeType

__all__ = [
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeType",
]
