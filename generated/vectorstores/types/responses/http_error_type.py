# Generated from openapi.yaml by make generate; do not edit.
"""``HTTPErrorType``."""

from vectorstores_raw.models import HTTPErrorType

__all__ = [
    "HTTPErrorType",
]
