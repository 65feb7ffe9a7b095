# Generated from openapi.yaml by make generate; do not edit.
"""Every model and enumeration of the API, imported on first use so that importing the
package stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .list_things_order import ListThingsOrder
    from .list_things_response_200 import ListThingsResponse200
    from .thing import Thing

_MODULES: dict[str, str] = {
    "ListThingsOrder": ".list_things_order",
    "ListThingsResponse200": ".list_things_response_200",
    "Thing": ".thing",
}

__all__ = [
    "ListThingsOrder",
    "ListThingsResponse200",
    "Thing",
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
