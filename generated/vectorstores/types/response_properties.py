# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseProperties`` and the types its fields name."""

from vectorstores_raw.models import (
    Function,
    ModelIdsSharedType1,
    PromptType0,
    ResponseProperties,
    ResponseTextParam,
    ToolChoiceMode,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Text = ResponseTextParam
Prompt = PromptType0

__all__ = [
    "Function",
    "ModelIdsSharedType1",
    "Prompt",
    "PromptType0",
    "ResponseProperties",
    "ResponseTextParam",
    "Text",
    "ToolChoiceMode",
]
