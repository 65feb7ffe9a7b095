# Generated from openapi.yaml by make generate; do not edit.
"""``InputImageContentParamAutoParamType``."""

from vectorstores_raw.models import InputImageContentParamAutoParamType

__all__ = [
    "InputImageContentParamAutoParamType",
]
