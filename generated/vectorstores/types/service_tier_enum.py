# Generated from openapi.yaml by make generate; do not edit.
"""``ServiceTierEnum``."""

from vectorstores_raw.models import ServiceTierEnum

__all__ = [
    "ServiceTierEnum",
]
