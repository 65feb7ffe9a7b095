# Generated from openapi.yaml by make generate; do not edit.
"""``VerbosityType0``."""

from vectorstores_raw.models import VerbosityType0

__all__ = [
    "VerbosityType0",
]
