# Generated from openapi.yaml by make generate; do not edit.
"""``OutputContent``."""

from vectorstores_raw.models import OutputContent

__all__ = [
    "OutputContent",
]
