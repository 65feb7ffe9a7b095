# Generated from openapi.yaml by make generate; do not edit.
"""``Annotation``."""

from vectorstores_raw.models import Annotation

__all__ = [
    "Annotation",
]
