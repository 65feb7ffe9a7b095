# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputMessageContentList``: openai-python's name for ``list[ResponseInputContent]``."""

from typing import TypeAlias

from vectorstores_raw.models import ResponseInputContent

ResponseInputMessageContentList: TypeAlias = list[ResponseInputContent]

__all__ = ["ResponseInputMessageContentList"]
