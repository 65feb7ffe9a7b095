# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionCallOutputItem`` union: 3 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .response_input_file import ResponseInputFile
    from .response_input_image import ResponseInputImage
    from .response_input_text import ResponseInputText

__all__ = ["ResponseFunctionCallOutputItem", "parse_response_function_call_output_item"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ResponseFunctionCallOutputItem: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "ResponseInputText",
    "ResponseInputImage",
    "ResponseInputFile",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .response_input_file import ResponseInputFile  # noqa: PLC0415
    from .response_input_image import ResponseInputImage  # noqa: PLC0415
    from .response_input_text import ResponseInputText  # noqa: PLC0415

    return discriminated_parser(
        "type", {"input_text": ResponseInputText, "input_image": ResponseInputImage, "input_file": ResponseInputFile}
    )


def parse_response_function_call_output_item(data: Any) -> ResponseFunctionCallOutputItem:
    """One ``ResponseFunctionCallOutputItem`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
