# Generated from openapi.yaml by make generate; do not edit.
"""Every model and enumeration of the API, imported on first use so that importing the
package stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .input_message import InputMessage
    from .input_message_role import InputMessageRole
    from .input_message_type import InputMessageType
    from .item import Item, parse_item
    from .item_list import ItemList
    from .item_list_object import ItemListObject
    from .link_note import LinkNote
    from .link_note_type import LinkNoteType
    from .note import Note, parse_note
    from .output_message import OutputMessage
    from .output_message_role import OutputMessageRole
    from .output_message_type import OutputMessageType
    from .reference import Reference
    from .reference_type_type_0 import ReferenceTypeType0
    from .text_note import TextNote
    from .text_note_type import TextNoteType
    from .tool_call import ToolCall

_MODULES: dict[str, str] = {
    "InputMessage": ".input_message",
    "InputMessageRole": ".input_message_role",
    "InputMessageType": ".input_message_type",
    "ItemList": ".item_list",
    "ItemListObject": ".item_list_object",
    "LinkNote": ".link_note",
    "LinkNoteType": ".link_note_type",
    "OutputMessage": ".output_message",
    "OutputMessageRole": ".output_message_role",
    "OutputMessageType": ".output_message_type",
    "Reference": ".reference",
    "ReferenceTypeType0": ".reference_type_type_0",
    "TextNote": ".text_note",
    "TextNoteType": ".text_note_type",
    "ToolCall": ".tool_call",
    "Item": ".item",
    "parse_item": ".item",
    "Note": ".note",
    "parse_note": ".note",
}

__all__ = [
    "InputMessage",
    "InputMessageRole",
    "InputMessageType",
    "ItemList",
    "ItemListObject",
    "LinkNote",
    "LinkNoteType",
    "OutputMessage",
    "OutputMessageRole",
    "OutputMessageType",
    "Reference",
    "ReferenceTypeType0",
    "TextNote",
    "TextNoteType",
    "ToolCall",
    "Item",
    "parse_item",
    "Note",
    "parse_note",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
