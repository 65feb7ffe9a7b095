# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCommandDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseShellCommandDoneEvent, ResponseShellCommandDoneEventType

__all__ = [
    "ResponseShellCommandDoneEvent",
    "ResponseShellCommandDoneEventType",
]
