# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolParam`` and the types its fields name."""

from vectorstores_raw.models import CallableToolAllowedCaller, FunctionToolParam, FunctionToolParamType

__all__ = [
    "CallableToolAllowedCaller",
    "FunctionToolParam",
    "FunctionToolParamType",
]
