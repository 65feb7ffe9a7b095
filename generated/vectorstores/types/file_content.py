# Generated from openapi.yaml by make generate; do not edit.
"""``FileContent``: openai-python's name for str."""

from typing import TypeAlias

FileContent: TypeAlias = str

__all__ = ["FileContent"]
