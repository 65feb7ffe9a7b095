# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseError`` and the types its fields name."""

from vectorstores_raw.models import ResponseError, ResponseErrorCode

__all__ = [
    "ResponseError",
    "ResponseErrorCode",
]
