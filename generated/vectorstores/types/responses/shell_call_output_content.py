# Generated from openapi.yaml by make generate; do not edit.
"""``ShellCallOutputContent`` and the types its fields name."""

from vectorstores_raw.models import FunctionShellCallOutputTimeoutOutcome, ShellCallOutputContent

__all__ = [
    "FunctionShellCallOutputTimeoutOutcome",
    "ShellCallOutputContent",
]
