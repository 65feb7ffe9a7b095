# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCommandDeltaEventType``."""

from vectorstores_raw.models import ResponseShellCommandDeltaEventType

__all__ = [
    "ResponseShellCommandDeltaEventType",
]
