# Generated from openapi.yaml by make generate; do not edit.
"""``CustomTool`` and the types its fields name."""

from vectorstores_raw.models import CallableToolAllowedCaller, CustomTool, CustomToolType, TextFormat

__all__ = [
    "CallableToolAllowedCaller",
    "CustomTool",
    "CustomToolType",
    "TextFormat",
]
