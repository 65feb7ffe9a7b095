# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCallOutputContentDeltaEventType``."""

from vectorstores_raw.models import ResponseShellCallOutputContentDeltaEventType

__all__ = [
    "ResponseShellCallOutputContentDeltaEventType",
]
