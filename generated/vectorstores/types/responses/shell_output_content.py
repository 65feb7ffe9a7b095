# Generated from openapi.yaml by make generate; do not edit.
"""``ShellOutputContent`` and the types its fields name."""

from vectorstores_raw.models import FunctionShellCallOutputTimeoutOutcomeParam, ShellOutputContent

__all__ = [
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "ShellOutputContent",
]
