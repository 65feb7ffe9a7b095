# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCallOutputContentDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseShellCallOutputContentDoneEvent,
    ResponseShellCallOutputContentDoneEventType,
    ShellCallOutputContent,
)

# openai-python's names for the objects of fields.
Output = ShellCallOutputContent

__all__ = [
    "Output",
    "ResponseShellCallOutputContentDoneEvent",
    "ResponseShellCallOutputContentDoneEventType",
    "ShellCallOutputContent",
]
