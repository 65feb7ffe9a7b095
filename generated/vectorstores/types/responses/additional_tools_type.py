# Generated from openapi.yaml by make generate; do not edit.
"""``AdditionalToolsType``."""

from vectorstores_raw.models import AdditionalToolsType

__all__ = [
    "AdditionalToolsType",
]
