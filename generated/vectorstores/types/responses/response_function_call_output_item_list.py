# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionCallOutputItemList``: openai-python's name for ``list[ResponseFunctionCallOutputItem]``."""

from typing import TypeAlias

from vectorstores_raw.models import ResponseFunctionCallOutputItem

ResponseFunctionCallOutputItemList: TypeAlias = list[ResponseFunctionCallOutputItem]

__all__ = ["ResponseFunctionCallOutputItemList"]
