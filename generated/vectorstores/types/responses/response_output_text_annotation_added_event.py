# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputTextAnnotationAddedEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    FileCitation,
    ResponseOutputTextAnnotationAddedEvent,
    ResponseOutputTextAnnotationAddedEventType,
)

__all__ = [
    "FileCitation",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextAnnotationAddedEventType",
]
