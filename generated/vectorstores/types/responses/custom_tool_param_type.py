# Generated from openapi.yaml by make generate; do not edit.
"""``CustomToolParamType``."""

from vectorstores_raw.models import CustomToolParamType

__all__ = [
    "CustomToolParamType",
]
