# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionCallOutputItemListParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.responses.response_function_call_output_item_param import ResponseFunctionCallOutputItemParam

__all__ = ["ResponseFunctionCallOutputItemListParam"]

ResponseFunctionCallOutputItemListParam: TypeAlias = list[ResponseFunctionCallOutputItemParam]
