# Generated from openapi.yaml by make generate; do not edit.
"""``LocalEnvironmentType``."""

from vectorstores_raw.models import LocalEnvironmentType

__all__ = [
    "LocalEnvironmentType",
]
