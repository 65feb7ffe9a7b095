# Generated from openapi.yaml by make generate; do not edit.
"""``AllowedToolsType``."""

from vectorstores_raw.models import AllowedToolsType

__all__ = [
    "AllowedToolsType",
]
