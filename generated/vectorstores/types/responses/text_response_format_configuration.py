# Generated from openapi.yaml by make generate; do not edit.
"""``TextResponseFormatConfiguration``."""

from vectorstores_raw.models import TextResponseFormatConfiguration

__all__ = [
    "TextResponseFormatConfiguration",
]
