# Generated from openapi.yaml by make generate; do not edit.
"""``IncludeEnum``."""

from vectorstores_raw.models import IncludeEnum

__all__ = [
    "IncludeEnum",
]
