# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseIncompleteDetailsType0`` and the types its fields name."""

from vectorstores_raw.models import ResponseIncompleteDetailsType0, ResponseIncompleteDetailsType0Reason

__all__ = [
    "ResponseIncompleteDetailsType0",
    "ResponseIncompleteDetailsType0Reason",
]
