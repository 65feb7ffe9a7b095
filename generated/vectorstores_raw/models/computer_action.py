# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerAction`` union: 9 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .click import Click
    from .double_click import DoubleClick
    from .drag import Drag
    from .key_press import KeyPress
    from .move import Move
    from .screenshot import Screenshot
    from .scroll import Scroll
    from .type_ import Type
    from .wait import Wait

__all__ = ["ComputerAction", "parse_computer_action"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ComputerAction: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "Click",
    "DoubleClick",
    "Drag",
    "KeyPress",
    "Move",
    "Screenshot",
    "Scroll",
    "Type",
    "Wait",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .click import Click  # noqa: PLC0415
    from .double_click import DoubleClick  # noqa: PLC0415
    from .drag import Drag  # noqa: PLC0415
    from .key_press import KeyPress  # noqa: PLC0415
    from .move import Move  # noqa: PLC0415
    from .screenshot import Screenshot  # noqa: PLC0415
    from .scroll import Scroll  # noqa: PLC0415
    from .type_ import Type  # noqa: PLC0415
    from .wait import Wait  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "click": Click,
            "double_click": DoubleClick,
            "drag": Drag,
            "keypress": KeyPress,
            "move": Move,
            "screenshot": Screenshot,
            "scroll": Scroll,
            "type": Type,
            "wait": Wait,
        },
    )


def parse_computer_action(data: Any) -> ComputerAction:
    """One ``ComputerAction`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
