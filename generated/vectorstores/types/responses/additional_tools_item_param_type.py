# Generated from openapi.yaml by make generate; do not edit.
"""``AdditionalToolsItemParamType``."""

from vectorstores_raw.models import AdditionalToolsItemParamType

__all__ = [
    "AdditionalToolsItemParamType",
]
