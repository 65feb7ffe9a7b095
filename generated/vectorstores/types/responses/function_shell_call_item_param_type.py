# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallItemParamType``."""

from vectorstores_raw.models import FunctionShellCallItemParamType

__all__ = [
    "FunctionShellCallItemParamType",
]
