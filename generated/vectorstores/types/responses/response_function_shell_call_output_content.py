# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionShellCallOutputContent`` and the types its fields name."""

from vectorstores_raw.models import FunctionShellCallOutputTimeoutOutcomeParam, ResponseFunctionShellCallOutputContent

__all__ = [
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "ResponseFunctionShellCallOutputContent",
]
