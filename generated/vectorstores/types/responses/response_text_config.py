# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseTextConfig`` and the types its fields name."""

from vectorstores_raw.models import ResponseFormatText, ResponseTextConfig, VerbosityType0

__all__ = [
    "ResponseFormatText",
    "ResponseTextConfig",
    "VerbosityType0",
]
