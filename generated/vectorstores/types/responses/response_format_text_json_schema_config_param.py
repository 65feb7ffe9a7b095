# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatTextJSONSchemaConfigParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import Required, TypedDict

__all__ = ["ResponseFormatTextJSONSchemaConfigParam"]


class ResponseFormatTextJSONSchemaConfigParam(TypedDict, total=False):
    """JSON Schema response format. Used to generate structured JSON responses. Learn more about [Structured
    Outputs](/docs/guides/structured-outputs).
    """

    name: Required[str]
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length
    of 64.
    """
    schema: Required[dict[str, Any]]
    """The schema for the response format, described as a JSON Schema object. Learn how to build JSON schemas
    [here](https://json-schema.org/).
    """
    type: Required[Literal["json_schema"]]
    """The type of response format being defined. Always `json_schema`."""
    description: str
    """A description of what the response format is for, used by the model to determine how to respond in the format."""
    strict: bool | None
    """Whether to enable strict schema adherence when generating the output. If set to true, the model will always
    follow the exact schema defined in the `schema` field. Only a subset of JSON Schema is supported when `strict` is
    `true`. To learn more, read the [Structured Outputs guide](/docs/guides/structured-outputs).
    """
