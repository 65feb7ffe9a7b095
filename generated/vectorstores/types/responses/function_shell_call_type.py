# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallType``."""

from vectorstores_raw.models import FunctionShellCallType

__all__ = [
    "FunctionShellCallType",
]
