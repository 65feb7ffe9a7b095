# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputTimeoutOutcomeParamType``."""

from vectorstores_raw.models import FunctionShellCallOutputTimeoutOutcomeParamType

__all__ = [
    "FunctionShellCallOutputTimeoutOutcomeParamType",
]
