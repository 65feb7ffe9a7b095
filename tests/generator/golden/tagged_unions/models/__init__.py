# Generated from openapi.yaml by make generate; do not edit.
"""Every model and enumeration of the API, imported on first use so that importing the
package stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_run_body import CreateRunBody
    from .event_base import EventBase
    from .group import Group
    from .group_type import GroupType
    from .part import Part, parse_part
    from .run import Run
    from .run_created_event import RunCreatedEvent
    from .run_created_event_type import RunCreatedEventType
    from .run_delta_event import RunDeltaEvent
    from .run_delta_event_type import RunDeltaEventType
    from .run_event import RunEvent, parse_run_event
    from .text_part import TextPart
    from .text_part_type import TextPartType

_MODULES: dict[str, str] = {
    "CreateRunBody": ".create_run_body",
    "EventBase": ".event_base",
    "Group": ".group",
    "GroupType": ".group_type",
    "Run": ".run",
    "RunCreatedEvent": ".run_created_event",
    "RunCreatedEventType": ".run_created_event_type",
    "RunDeltaEvent": ".run_delta_event",
    "RunDeltaEventType": ".run_delta_event_type",
    "TextPart": ".text_part",
    "TextPartType": ".text_part_type",
    "Part": ".part",
    "parse_part": ".part",
    "RunEvent": ".run_event",
    "parse_run_event": ".run_event",
}

__all__ = [
    "CreateRunBody",
    "EventBase",
    "Group",
    "GroupType",
    "Run",
    "RunCreatedEvent",
    "RunCreatedEventType",
    "RunDeltaEvent",
    "RunDeltaEventType",
    "TextPart",
    "TextPartType",
    "Part",
    "parse_part",
    "RunEvent",
    "parse_run_event",
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
