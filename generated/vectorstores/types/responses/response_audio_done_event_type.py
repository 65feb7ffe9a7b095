# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseAudioDoneEventType``."""

from vectorstores_raw.models import ResponseAudioDoneEventType

__all__ = [
    "ResponseAudioDoneEventType",
]
