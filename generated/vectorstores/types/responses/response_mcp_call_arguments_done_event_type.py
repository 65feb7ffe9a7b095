# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallArgumentsDoneEventType``."""

from vectorstores_raw.models import ResponseMCPCallArgumentsDoneEventType

__all__ = [
    "ResponseMCPCallArgumentsDoneEventType",
]
