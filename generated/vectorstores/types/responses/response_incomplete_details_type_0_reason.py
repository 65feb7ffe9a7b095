# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseIncompleteDetailsType0Reason``."""

from vectorstores_raw.models import ResponseIncompleteDetailsType0Reason

__all__ = [
    "ResponseIncompleteDetailsType0Reason",
]
