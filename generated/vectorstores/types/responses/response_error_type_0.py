# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseErrorType0`` and the types its fields name."""

from vectorstores_raw.models import ResponseErrorCode, ResponseErrorType0

__all__ = [
    "ResponseErrorCode",
    "ResponseErrorType0",
]
