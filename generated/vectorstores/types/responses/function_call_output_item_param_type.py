# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionCallOutputItemParamType``."""

from vectorstores_raw.models import FunctionCallOutputItemParamType

__all__ = [
    "FunctionCallOutputItemParamType",
]
