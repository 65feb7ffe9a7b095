# Generated from openapi.yaml by make generate; do not edit.
"""``JSONObjectType``."""

from vectorstores_raw.models import JSONObjectType

__all__ = [
    "JSONObjectType",
]
