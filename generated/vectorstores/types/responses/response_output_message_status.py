# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputMessageStatus``."""

from vectorstores_raw.models import ResponseOutputMessageStatus

__all__ = [
    "ResponseOutputMessageStatus",
]
