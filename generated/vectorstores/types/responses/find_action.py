# Generated from openapi.yaml by make generate; do not edit.
"""``FindAction`` and the types its fields name."""

from vectorstores_raw.models import FindAction, FindActionType

__all__ = [
    "FindAction",
    "FindActionType",
]
