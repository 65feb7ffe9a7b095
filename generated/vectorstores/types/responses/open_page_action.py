# Generated from openapi.yaml by make generate; do not edit.
"""``OpenPageAction`` and the types its fields name."""

from vectorstores_raw.models import OpenPageAction, OpenPageActionType

__all__ = [
    "OpenPageAction",
    "OpenPageActionType",
]
