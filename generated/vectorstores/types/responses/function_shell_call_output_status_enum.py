# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallOutputStatusEnum``."""

from vectorstores_raw.models import FunctionShellCallOutputStatusEnum

__all__ = [
    "FunctionShellCallOutputStatusEnum",
]
