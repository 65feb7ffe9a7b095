# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionType``."""

from vectorstores_raw.models import FunctionType

__all__ = [
    "FunctionType",
]
