# Generated from openapi.yaml by make generate; do not edit.
"""``InputMessageResourceType``."""

from vectorstores_raw.models import InputMessageResourceType

__all__ = [
    "InputMessageResourceType",
]
