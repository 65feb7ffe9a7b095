# Generated from openapi.yaml by make generate; do not edit.
"""``InputTextContentParamType``."""

from vectorstores_raw.models import InputTextContentParamType

__all__ = [
    "InputTextContentParamType",
]
