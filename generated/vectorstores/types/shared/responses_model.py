# Generated from openapi.yaml by make generate; do not edit.
"""``ResponsesModel``: openai-python's name for str."""

from typing import TypeAlias

ResponsesModel: TypeAlias = str

__all__ = ["ResponsesModel"]
