# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionCallOutputItemParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.responses.response_input_file_content_param import ResponseInputFileContentParam
from vectorstores.types.responses.response_input_image_content_param import ResponseInputImageContentParam
from vectorstores.types.responses.response_input_text_content_param import ResponseInputTextContentParam

__all__ = ["ResponseFunctionCallOutputItemParam"]

ResponseFunctionCallOutputItemParam: TypeAlias = (
    ResponseInputTextContentParam | ResponseInputImageContentParam | ResponseInputFileContentParam
)
