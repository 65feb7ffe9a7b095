# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputRefusal`` and the types its fields name."""

from vectorstores_raw.models import ResponseOutputRefusal, ResponseOutputRefusalType

__all__ = [
    "ResponseOutputRefusal",
    "ResponseOutputRefusalType",
]
