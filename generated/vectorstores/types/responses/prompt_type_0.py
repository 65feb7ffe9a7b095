# Generated from openapi.yaml by make generate; do not edit.
"""``PromptType0`` and the types its fields name."""

from vectorstores_raw.models import InputTextContent, PromptType0

__all__ = [
    "InputTextContent",
    "PromptType0",
]
