# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCommandDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseShellCommandDeltaEvent, ResponseShellCommandDeltaEventType

__all__ = [
    "ResponseShellCommandDeltaEvent",
    "ResponseShellCommandDeltaEventType",
]
