# Generated from openapi.yaml by make generate; do not edit.
"""``ErrorResponse`` and the types its fields name."""

from vectorstores_raw.models import Error, ErrorResponse, ErrorResponseDetail

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Detail = ErrorResponseDetail

__all__ = [
    "Detail",
    "Error",
    "ErrorResponse",
    "ErrorResponseDetail",
]
