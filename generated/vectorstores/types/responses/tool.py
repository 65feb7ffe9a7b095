# Generated from openapi.yaml by make generate; do not edit.
"""``Tool``."""

from vectorstores_raw.models import Tool

__all__ = [
    "Tool",
]
