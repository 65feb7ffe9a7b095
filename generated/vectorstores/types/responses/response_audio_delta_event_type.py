# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseAudioDeltaEventType``."""

from vectorstores_raw.models import ResponseAudioDeltaEventType

__all__ = [
    "ResponseAudioDeltaEventType",
]
