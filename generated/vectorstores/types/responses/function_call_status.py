# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionCallStatus``."""

from vectorstores_raw.models import FunctionCallStatus

__all__ = [
    "FunctionCallStatus",
]
