# Generated from openapi.yaml by make generate; do not edit.
"""``ErrorResponse`` and the types its fields name."""

from vectorstores_raw.models import Error, ErrorResponse, ErrorResponseDetail

__all__ = [
    "Error",
    "ErrorResponse",
    "ErrorResponseDetail",
]
