# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionCallOutputStatusEnum``."""

from vectorstores_raw.models import FunctionCallOutputStatusEnum

__all__ = [
    "FunctionCallOutputStatusEnum",
]
