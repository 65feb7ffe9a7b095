# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputTextAnnotationAddedEventType``."""

from vectorstores_raw.models import ResponseOutputTextAnnotationAddedEventType

__all__ = [
    "ResponseOutputTextAnnotationAddedEventType",
]
