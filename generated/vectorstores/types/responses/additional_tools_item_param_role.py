# Generated from openapi.yaml by make generate; do not edit.
"""``AdditionalToolsItemParamRole``."""

from vectorstores_raw.models import AdditionalToolsItemParamRole

__all__ = [
    "AdditionalToolsItemParamRole",
]
