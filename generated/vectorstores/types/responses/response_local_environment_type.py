# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseLocalEnvironmentType``."""

from vectorstores_raw.models import ResponseLocalEnvironmentType

__all__ = [
    "ResponseLocalEnvironmentType",
]
