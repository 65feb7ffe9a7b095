# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellTool`` and the types its fields name."""

from vectorstores_raw.models import CallableToolAllowedCaller, ContainerAuto, FunctionShellTool, FunctionShellToolType

__all__ = [
    "CallableToolAllowedCaller",
    "ContainerAuto",
    "FunctionShellTool",
    "FunctionShellToolType",
]
