# Generated from openapi.yaml by make generate; do not edit.
"""``TokenCountsBody`` and the types its fields name."""

from vectorstores_raw.models import (
    ConversationObject,
    EasyInputMessage,
    Function,
    PersonalityEnumType1,
    Reasoning,
    ResponseTextParam,
    TokenCountsBody,
    ToolChoiceMode,
    TruncationEnum,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Text = ResponseTextParam

__all__ = [
    "ConversationObject",
    "EasyInputMessage",
    "Function",
    "PersonalityEnumType1",
    "Reasoning",
    "ResponseTextParam",
    "Text",
    "TokenCountsBody",
    "ToolChoiceMode",
    "TruncationEnum",
]
