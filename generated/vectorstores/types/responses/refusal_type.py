# Generated from openapi.yaml by make generate; do not edit.
"""``RefusalType``."""

from vectorstores_raw.models import RefusalType

__all__ = [
    "RefusalType",
]
