# Generated from openapi.yaml by make generate; do not edit.
"""``CustomToolParam`` and the types its fields name."""

from vectorstores_raw.models import CallableToolAllowedCaller, CustomToolParam, CustomToolParamType, TextFormat

__all__ = [
    "CallableToolAllowedCaller",
    "CustomToolParam",
    "CustomToolParamType",
    "TextFormat",
]
