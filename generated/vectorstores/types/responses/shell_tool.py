# Generated from openapi.yaml by make generate; do not edit.
"""``ShellTool`` and the types its fields name."""

from vectorstores_raw.models import CallableToolAllowedCaller, ContainerAutoParam, ShellTool, ShellToolType

__all__ = [
    "CallableToolAllowedCaller",
    "ContainerAutoParam",
    "ShellTool",
    "ShellToolType",
]
