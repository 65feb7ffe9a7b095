# Generated from openapi.yaml by make generate; do not edit.
"""``ServiceTierResponsesType0``."""

from vectorstores_raw.models import ServiceTierResponsesType0

__all__ = [
    "ServiceTierResponsesType0",
]
