# Generated from openapi.yaml by make generate; do not edit.
"""``AllowedToolsMode``."""

from vectorstores_raw.models import AllowedToolsMode

__all__ = [
    "AllowedToolsMode",
]
