# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseErrorCode``."""

from vectorstores_raw.models import ResponseErrorCode

__all__ = [
    "ResponseErrorCode",
]
