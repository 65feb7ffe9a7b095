# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionAndCustomToolCallOutput`` union: 3 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .input_file_content import InputFileContent
    from .input_image_content import InputImageContent
    from .input_text_content import InputTextContent

__all__ = ["FunctionAndCustomToolCallOutput", "parse_function_and_custom_tool_call_output"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
FunctionAndCustomToolCallOutput: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "InputTextContent",
    "InputImageContent",
    "InputFileContent",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .input_file_content import InputFileContent  # noqa: PLC0415
    from .input_image_content import InputImageContent  # noqa: PLC0415
    from .input_text_content import InputTextContent  # noqa: PLC0415

    return discriminated_parser(
        "type", {"input_text": InputTextContent, "input_image": InputImageContent, "input_file": InputFileContent}
    )


def parse_function_and_custom_tool_call_output(data: Any) -> FunctionAndCustomToolCallOutput:
    """One ``FunctionAndCustomToolCallOutput`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
