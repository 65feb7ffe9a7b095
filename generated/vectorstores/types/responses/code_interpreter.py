# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreter`` and the types its fields name."""

from vectorstores_raw.models import (
    CallableToolAllowedCaller,
    CodeInterpreter,
    CodeInterpreterToolAuto,
    CodeInterpreterType,
)

__all__ = [
    "CallableToolAllowedCaller",
    "CodeInterpreter",
    "CodeInterpreterToolAuto",
    "CodeInterpreterType",
]
