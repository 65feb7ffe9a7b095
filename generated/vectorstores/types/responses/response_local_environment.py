# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseLocalEnvironment`` and the types its fields name."""

from vectorstores_raw.models import ResponseLocalEnvironment, ResponseLocalEnvironmentType

__all__ = [
    "ResponseLocalEnvironment",
    "ResponseLocalEnvironmentType",
]
