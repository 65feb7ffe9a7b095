# Generated from openapi.yaml by make generate; do not edit.
"""The document's component schemas that argument rules refer to by name (see validation.py)."""

from __future__ import annotations

from typing import Any

COMPONENTS: dict[str, Any] = {
    "Circle": {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["circle"]}, "radius": {"type": "number"}},
        "required": ["kind", "radius"],
    },
    "Square": {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["square"]}, "side": {"type": "number"}},
        "required": ["kind", "side"],
    },
}
