# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseToolSearchOutputItemParamType``."""

from vectorstores_raw.models import ResponseToolSearchOutputItemParamType

__all__ = [
    "ResponseToolSearchOutputItemParamType",
]
