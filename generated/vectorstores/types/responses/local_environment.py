# Generated from openapi.yaml by make generate; do not edit.
"""``LocalEnvironment`` and the types its fields name."""

from vectorstores_raw.models import LocalEnvironment, LocalEnvironmentType

__all__ = [
    "LocalEnvironment",
    "LocalEnvironmentType",
]
