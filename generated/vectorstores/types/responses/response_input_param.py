# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.responses.response_input_item_param import ResponseInputItemParam

__all__ = ["ResponseInputParam"]

ResponseInputParam: TypeAlias = list[ResponseInputItemParam]
