# Generated from openapi.yaml by make generate; do not edit.
"""``OpenPageActionType``."""

from vectorstores_raw.models import OpenPageActionType

__all__ = [
    "OpenPageActionType",
]
