# Generated from openapi.yaml by make generate; do not edit.
"""The document's component schemas that argument rules refer to by name (see validation.py)."""

from __future__ import annotations

from typing import Any

COMPONENTS: dict[str, Any] = {
    "GroupPart": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["group"]},
            "parts": {"type": "array", "items": {"$ref": "Part"}},
        },
        "required": ["type", "parts"],
    },
    "Part": {"oneOf": [{"$ref": "TextPart"}, {"$ref": "GroupPart"}]},
    "TextPart": {
        "type": "object",
        "properties": {"type": {"type": "string", "enum": ["text"]}, "text": {"type": "string"}},
        "required": ["type", "text"],
    },
}
