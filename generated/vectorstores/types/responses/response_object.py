# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseObject``."""

from vectorstores_raw.models import ResponseObject

__all__ = [
    "ResponseObject",
]
