# Generated from openapi.yaml by make generate; do not edit.
"""``InputFileContentParamType``."""

from vectorstores_raw.models import InputFileContentParamType

__all__ = [
    "InputFileContentParamType",
]
