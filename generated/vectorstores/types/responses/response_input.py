# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInput``: openai-python's name for ``list[ResponseInputItem]``."""

from typing import TypeAlias

from vectorstores_raw.models import ResponseInputItem

ResponseInput: TypeAlias = list[ResponseInputItem]

__all__ = ["ResponseInput"]
