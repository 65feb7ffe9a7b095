# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseProperties`` and the types its fields name."""

from vectorstores_raw.models import (
    FunctionTool,
    ModelIdsSharedType1,
    ResponsePrompt,
    ResponseProperties,
    ResponseTextConfig,
    ToolChoiceOptions,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Text = ResponseTextConfig
Prompt = ResponsePrompt

__all__ = [
    "FunctionTool",
    "ModelIdsSharedType1",
    "Prompt",
    "ResponsePrompt",
    "ResponseProperties",
    "ResponseTextConfig",
    "Text",
    "ToolChoiceOptions",
]
