# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCallOutputContentDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseShellCallOutputContentDoneEvent,
    ResponseShellCallOutputContentDoneEventType,
    ShellCallOutputContent,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Output = ShellCallOutputContent

__all__ = [
    "Output",
    "ResponseShellCallOutputContentDoneEvent",
    "ResponseShellCallOutputContentDoneEventType",
    "ShellCallOutputContent",
]
