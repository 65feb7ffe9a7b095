# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputMessageContentListParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.responses.response_input_content_param import ResponseInputContentParam

__all__ = ["ResponseInputMessageContentListParam"]

ResponseInputMessageContentListParam: TypeAlias = list[ResponseInputContentParam]
