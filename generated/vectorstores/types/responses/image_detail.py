# Generated from openapi.yaml by make generate; do not edit.
"""``ImageDetail``."""

from vectorstores_raw.models import ImageDetail

__all__ = [
    "ImageDetail",
]
