# Generated from openapi.yaml by make generate; do not edit.
"""``ShellCallOutputDelta``."""

from vectorstores_raw.models import ShellCallOutputDelta

__all__ = [
    "ShellCallOutputDelta",
]
