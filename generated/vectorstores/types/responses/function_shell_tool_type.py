# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellToolType``."""

from vectorstores_raw.models import FunctionShellToolType

__all__ = [
    "FunctionShellToolType",
]
