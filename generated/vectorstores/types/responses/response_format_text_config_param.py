# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatTextConfigParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.responses.response_format_text_json_schema_config_param import (
    ResponseFormatTextJSONSchemaConfigParam,
)
from vectorstores.types.shared_params.response_format_json_object import ResponseFormatJSONObject
from vectorstores.types.shared_params.response_format_text import ResponseFormatText

__all__ = ["ResponseFormatTextConfigParam"]

ResponseFormatTextConfigParam: TypeAlias = (
    ResponseFormatText | ResponseFormatTextJSONSchemaConfigParam | ResponseFormatJSONObject
)
