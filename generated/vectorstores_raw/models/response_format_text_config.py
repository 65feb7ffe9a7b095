# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFormatTextConfig`` union: 3 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .response_format_json_object import ResponseFormatJSONObject
    from .response_format_text import ResponseFormatText
    from .response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig

__all__ = ["ResponseFormatTextConfig", "parse_response_format_text_config"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ResponseFormatTextConfig: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "ResponseFormatText",
    "ResponseFormatTextJSONSchemaConfig",
    "ResponseFormatJSONObject",
]
"""An object specifying the format that the model must output.

Configuring `{ "type": "json_schema" }` enables Structured Outputs, which ensures the model will match your supplied
JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

The default format is `{ "type": "text" }` with no additional options.

**Not recommended for gpt-4o and newer models:**

Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates is
valid JSON. Using `json_schema` is preferred for models that support it.
"""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .response_format_json_object import ResponseFormatJSONObject  # noqa: PLC0415
    from .response_format_text import ResponseFormatText  # noqa: PLC0415
    from .response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "text": ResponseFormatText,
            "json_schema": ResponseFormatTextJSONSchemaConfig,
            "json_object": ResponseFormatJSONObject,
        },
    )


def parse_response_format_text_config(data: Any) -> ResponseFormatTextConfig:
    """One ``ResponseFormatTextConfig`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
