# Generated from openapi.yaml by make generate; do not edit.
"""``Filters``."""

from vectorstores_raw.models import Filters

__all__ = [
    "Filters",
]
