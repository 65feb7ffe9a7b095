# Generated from openapi.yaml by make generate; do not edit.
"""``ErrorResponseDetail``."""

from vectorstores_raw.models import ErrorResponseDetail

__all__ = [
    "ErrorResponseDetail",
]
