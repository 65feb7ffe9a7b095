# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenActionEnum``."""

from vectorstores_raw.models import ImageGenActionEnum

__all__ = [
    "ImageGenActionEnum",
]
