# Generated from openapi.yaml by make generate; do not edit.
"""``AllowedTools`` and the types its fields name."""

from vectorstores_raw.models import AllowedTools, AllowedToolsMode, AllowedToolsType

__all__ = [
    "AllowedTools",
    "AllowedToolsMode",
    "AllowedToolsType",
]
