# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputTimeoutOutcomeType``."""

from vectorstores_raw.models import FunctionShellCallOutputTimeoutOutcomeType

__all__ = [
    "FunctionShellCallOutputTimeoutOutcomeType",
]
