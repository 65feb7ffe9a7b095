# Generated from openapi.yaml by make generate; do not edit.
"""Where each model class's schema lives in ``openapi.json`` (shipped beside this module), so
tools and tests can find a model's schema without knowing how its class name was chosen."""

from __future__ import annotations

# Class name -> JSON pointer (RFC 6901: ``~1`` is ``/``, ``~0`` is ``~``) into openapi.json.
SCHEMA_OF: dict[str, str] = {
    "InputMessage": "#/components/schemas/InputMessage",
    "ItemList": "#/components/schemas/ItemList",
    "LinkNote": "#/components/schemas/LinkNote",
    "OutputMessage": "#/components/schemas/OutputMessage",
    "Reference": "#/components/schemas/Reference",
    "TextNote": "#/components/schemas/TextNote",
    "ToolCall": "#/components/schemas/ToolCall",
}
