# Generated from openapi.yaml by make generate; do not edit.
"""Every model and enumeration of the API, imported on first use so that importing the
package stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .circle import Circle
    from .circle_kind import CircleKind
    from .item import Item
    from .square import Square
    from .square_kind import SquareKind
    from .update_item_body import UpdateItemBody

_MODULES: dict[str, str] = {
    "Circle": ".circle",
    "CircleKind": ".circle_kind",
    "Item": ".item",
    "Square": ".square",
    "SquareKind": ".square_kind",
    "UpdateItemBody": ".update_item_body",
}

__all__ = [
    "Circle",
    "CircleKind",
    "Item",
    "Square",
    "SquareKind",
    "UpdateItemBody",
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
