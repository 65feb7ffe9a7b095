# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallStatus``."""

from vectorstores_raw.models import FunctionShellCallStatus

__all__ = [
    "FunctionShellCallStatus",
]
