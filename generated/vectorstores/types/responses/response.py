# Generated from openapi.yaml by make generate; do not edit.
"""``Response`` and the types its fields name."""

from vectorstores_raw.models import (
    Conversation,
    EasyInputMessage,
    FunctionTool,
    ModelIdsSharedType1,
    Moderation,
    PromptCacheOptions,
    Reasoning,
    Response,
    ResponseBilling,
    ResponseError,
    ResponseIncompleteDetailsType0,
    ResponseObject,
    ResponseOutputMessage,
    ResponsePrompt,
    ResponsePromptCacheRetentionType0,
    ResponseStatus,
    ResponseTextConfig,
    ResponseTruncationType0,
    ResponseUsage,
    ServiceTierResponsesType0,
    ToolChoiceOptions,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Error = ResponseError
IncompleteDetails = ResponseIncompleteDetailsType0
Text = ResponseTextConfig
Prompt = ResponsePrompt
Usage = ResponseUsage
Billing = ResponseBilling

__all__ = [
    "Billing",
    "Conversation",
    "EasyInputMessage",
    "Error",
    "FunctionTool",
    "IncompleteDetails",
    "ModelIdsSharedType1",
    "Moderation",
    "Prompt",
    "PromptCacheOptions",
    "Reasoning",
    "Response",
    "ResponseBilling",
    "ResponseError",
    "ResponseIncompleteDetailsType0",
    "ResponseObject",
    "ResponseOutputMessage",
    "ResponsePrompt",
    "ResponsePromptCacheRetentionType0",
    "ResponseStatus",
    "ResponseTextConfig",
    "ResponseTruncationType0",
    "ResponseUsage",
    "ServiceTierResponsesType0",
    "Text",
    "ToolChoiceOptions",
    "Usage",
]
