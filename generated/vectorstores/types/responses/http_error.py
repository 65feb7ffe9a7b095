# Generated from openapi.yaml by make generate; do not edit.
"""``HTTPError`` and the types its fields name."""

from vectorstores_raw.models import HTTPError, HTTPErrorType

__all__ = [
    "HTTPError",
    "HTTPErrorType",
]
