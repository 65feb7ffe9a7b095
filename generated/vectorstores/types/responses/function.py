# Generated from openapi.yaml by make generate; do not edit.
"""``Function`` and the types its fields name."""

from vectorstores_raw.models import CallableToolAllowedCaller, Function, FunctionType

__all__ = [
    "CallableToolAllowedCaller",
    "Function",
    "FunctionType",
]
