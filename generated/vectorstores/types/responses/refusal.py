# Generated from openapi.yaml by make generate; do not edit.
"""``Refusal`` and the types its fields name."""

from vectorstores_raw.models import Refusal, RefusalType

__all__ = [
    "Refusal",
    "RefusalType",
]
