# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCallOutputContentDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseShellCallOutputContentDeltaEvent,
    ResponseShellCallOutputContentDeltaEventType,
    ShellCallOutputDelta,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Delta = ShellCallOutputDelta

__all__ = [
    "Delta",
    "ResponseShellCallOutputContentDeltaEvent",
    "ResponseShellCallOutputContentDeltaEventType",
    "ShellCallOutputDelta",
]
