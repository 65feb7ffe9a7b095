# Generated from openapi.yaml by make generate; do not edit.
"""``FindActionType``."""

from vectorstores_raw.models import FindActionType

__all__ = [
    "FindActionType",
]
