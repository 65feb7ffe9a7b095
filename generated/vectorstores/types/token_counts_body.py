# Generated from openapi.yaml by make generate; do not edit.
"""``TokenCountsBody`` and the types its fields name."""

from vectorstores_raw.models import (
    EasyInputMessage,
    FunctionTool,
    PersonalityEnumType1,
    Reasoning,
    ResponseConversationParam,
    ResponseTextConfig,
    TokenCountsBody,
    ToolChoiceOptions,
    TruncationEnum,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Text = ResponseTextConfig

__all__ = [
    "EasyInputMessage",
    "FunctionTool",
    "PersonalityEnumType1",
    "Reasoning",
    "ResponseConversationParam",
    "ResponseTextConfig",
    "Text",
    "TokenCountsBody",
    "ToolChoiceOptions",
    "TruncationEnum",
]
