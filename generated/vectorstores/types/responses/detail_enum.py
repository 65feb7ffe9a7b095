# Generated from openapi.yaml by make generate; do not edit.
"""``DetailEnum``."""

from vectorstores_raw.models import DetailEnum

__all__ = [
    "DetailEnum",
]
