# Generated from openapi.yaml by make generate; do not edit.
"""``Error``."""

from vectorstores_raw.models import Error

__all__ = [
    "Error",
]
