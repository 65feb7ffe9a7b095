# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolParamType``."""

from vectorstores_raw.models import FunctionToolParamType

__all__ = [
    "FunctionToolParamType",
]
