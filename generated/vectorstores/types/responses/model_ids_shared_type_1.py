# Generated from openapi.yaml by make generate; do not edit.
"""``ModelIdsSharedType1``."""

from vectorstores_raw.models import ModelIdsSharedType1

__all__ = [
    "ModelIdsSharedType1",
]
