# Generated from openapi.yaml by make generate; do not edit.
"""``CreateResponse`` and the types its fields name."""

from vectorstores_raw.models import (
    ContextManagementParam,
    CreateResponse,
    CreateResponsePromptCacheRetentionType0,
    CreateResponseTruncationType0,
    EasyInputMessage,
    FunctionTool,
    IncludeEnum,
    ModelIdsSharedType1,
    ModerationParam,
    PromptCacheOptionsParam,
    Reasoning,
    ResponseConversationParam,
    ResponsePrompt,
    ResponseStreamOptionsType0,
    ResponseTextConfig,
    ServiceTierResponsesType0,
    ToolChoiceOptions,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheOptions = PromptCacheOptionsParam
Text = ResponseTextConfig
Prompt = ResponsePrompt
Moderation = ModerationParam
StreamOptions = ResponseStreamOptionsType0
ContextManagement = ContextManagementParam

__all__ = [
    "ContextManagement",
    "ContextManagementParam",
    "CreateResponse",
    "CreateResponsePromptCacheRetentionType0",
    "CreateResponseTruncationType0",
    "EasyInputMessage",
    "FunctionTool",
    "IncludeEnum",
    "ModelIdsSharedType1",
    "Moderation",
    "ModerationParam",
    "Prompt",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "Reasoning",
    "ResponseConversationParam",
    "ResponsePrompt",
    "ResponseStreamOptionsType0",
    "ResponseTextConfig",
    "ServiceTierResponsesType0",
    "StreamOptions",
    "Text",
    "ToolChoiceOptions",
]
