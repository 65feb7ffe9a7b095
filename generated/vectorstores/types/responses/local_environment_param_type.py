# Generated from openapi.yaml by make generate; do not edit.
"""``LocalEnvironmentParamType``."""

from vectorstores_raw.models import LocalEnvironmentParamType

__all__ = [
    "LocalEnvironmentParamType",
]
