# Generated from openapi.yaml by make generate; do not edit.
"""``CustomToolCallOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    CustomToolCallOutput,
    CustomToolCallOutputType,
    DirectToolCallCallerParam,
    InputTextContent,
)

__all__ = [
    "CustomToolCallOutput",
    "CustomToolCallOutputType",
    "DirectToolCallCallerParam",
    "InputTextContent",
]
