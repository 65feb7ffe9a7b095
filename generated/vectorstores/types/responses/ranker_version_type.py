# Generated from openapi.yaml by make generate; do not edit.
"""``RankerVersionType``."""

from vectorstores_raw.models import RankerVersionType

__all__ = [
    "RankerVersionType",
]
