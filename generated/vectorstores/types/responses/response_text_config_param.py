# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseTextConfigParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict
from vectorstores.types.responses.response_format_text_config_param import ResponseFormatTextConfigParam

__all__ = ["ResponseTextConfigParam"]


class ResponseTextConfigParam(TypedDict, total=False):
    """Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more:

    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    format: ResponseFormatTextConfigParam
    """An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs, which ensures the model will match your
    supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates
    is valid JSON. Using `json_schema` is preferred for models that support it.
    """
    verbosity: Literal["high", "low", "medium"] | None
    """Constrains the verbosity of the model's response. Lower values will result in more concise responses, while
    higher values will result in more verbose responses. Currently supported values are `low`, `medium`, and `high`.
    The default is `medium`.
    """
