# Generated from openapi.yaml by make generate; do not edit.
"""``PersonalityEnumType1``."""

from vectorstores_raw.models import PersonalityEnumType1

__all__ = [
    "PersonalityEnumType1",
]
