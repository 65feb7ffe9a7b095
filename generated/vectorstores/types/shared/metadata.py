# Generated from openapi.yaml by make generate; do not edit.
"""``Metadata``: openai-python's name for dict[str, str]."""

from typing import TypeAlias

Metadata: TypeAlias = dict[str, str]

__all__ = ["Metadata"]
