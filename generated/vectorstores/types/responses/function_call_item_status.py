# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionCallItemStatus``."""

from vectorstores_raw.models import FunctionCallItemStatus

__all__ = [
    "FunctionCallItemStatus",
]
