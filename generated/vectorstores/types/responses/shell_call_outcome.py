# Generated from openapi.yaml by make generate; do not edit.
"""``ShellCallOutcome``."""

from vectorstores_raw.models import ShellCallOutcome

__all__ = [
    "ShellCallOutcome",
]
