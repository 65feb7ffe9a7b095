# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallArgumentsDeltaEventType``."""

from vectorstores_raw.models import ResponseMCPCallArgumentsDeltaEventType

__all__ = [
    "ResponseMCPCallArgumentsDeltaEventType",
]
