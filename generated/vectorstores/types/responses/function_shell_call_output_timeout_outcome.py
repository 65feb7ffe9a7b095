# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputTimeoutOutcome`` and the types its fields name."""

from vectorstores_raw.models import FunctionShellCallOutputTimeoutOutcome, FunctionShellCallOutputTimeoutOutcomeType

__all__ = [
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeType",
]
