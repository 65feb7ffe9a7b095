# Generated from openapi.yaml by make generate; do not edit.
"""``InputTokenCountResponseObject``."""

from vectorstores_raw.models import InputTokenCountResponseObject

__all__ = [
    "InputTokenCountResponseObject",
]
