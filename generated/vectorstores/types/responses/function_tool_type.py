# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolType``."""

from vectorstores_raw.models import FunctionToolType

__all__ = [
    "FunctionToolType",
]
