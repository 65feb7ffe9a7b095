# Generated from openapi.yaml by make generate; do not edit.
"""``FileContent``: openai-python's name for str."""

from typing import TypeAlias

__all__ = ["FileContent"]

FileContent: TypeAlias = str
