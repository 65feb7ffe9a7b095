# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputContentParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.responses.response_input_file_param import ResponseInputFileParam
from vectorstores.types.responses.response_input_image_param import ResponseInputImageParam
from vectorstores.types.responses.response_input_text_param import ResponseInputTextParam

__all__ = ["ResponseInputContentParam"]

ResponseInputContentParam: TypeAlias = ResponseInputTextParam | ResponseInputImageParam | ResponseInputFileParam
