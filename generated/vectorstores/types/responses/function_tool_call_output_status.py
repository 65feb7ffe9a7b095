# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolCallOutputStatus``."""

from vectorstores_raw.models import FunctionToolCallOutputStatus

__all__ = [
    "FunctionToolCallOutputStatus",
]
