# Generated from openapi.yaml by make generate; do not edit.
"""``CreateResponse`` and the types its fields name."""

from vectorstores_raw.models import (
    ContextManagementParam,
    ConversationObject,
    CreateResponse,
    CreateResponsePromptCacheRetentionType0,
    CreateResponseTruncationType0,
    EasyInputMessage,
    Function,
    IncludeEnum,
    ModelIdsSharedType1,
    ModerationParam,
    PromptCacheOptionsParam,
    PromptType0,
    Reasoning,
    ResponseStreamOptionsType0,
    ResponseTextParam,
    ServiceTierResponsesType0,
    ToolChoiceMode,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheOptions = PromptCacheOptionsParam
Text = ResponseTextParam
Prompt = PromptType0
Moderation = ModerationParam
StreamOptions = ResponseStreamOptionsType0
ContextManagement = ContextManagementParam

__all__ = [
    "ContextManagement",
    "ContextManagementParam",
    "ConversationObject",
    "CreateResponse",
    "CreateResponsePromptCacheRetentionType0",
    "CreateResponseTruncationType0",
    "EasyInputMessage",
    "Function",
    "IncludeEnum",
    "ModelIdsSharedType1",
    "Moderation",
    "ModerationParam",
    "Prompt",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "PromptType0",
    "Reasoning",
    "ResponseStreamOptionsType0",
    "ResponseTextParam",
    "ServiceTierResponsesType0",
    "StreamOptions",
    "Text",
    "ToolChoiceMode",
]
