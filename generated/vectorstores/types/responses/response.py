# Generated from openapi.yaml by make generate; do not edit.
"""``Response`` and the types its fields name."""

from vectorstores_raw.models import (
    Conversation,
    EasyInputMessage,
    Function,
    ModelIdsSharedType1,
    Moderation,
    PromptCacheOptions,
    PromptType0,
    Reasoning,
    Response,
    ResponseBilling,
    ResponseErrorType0,
    ResponseIncompleteDetailsType0,
    ResponseObject,
    ResponseOutputMessage,
    ResponsePromptCacheRetentionType0,
    ResponseStatus,
    ResponseTextParam,
    ResponseTruncationType0,
    ResponseUsage,
    ServiceTierResponsesType0,
    ToolChoiceMode,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Error = ResponseErrorType0
IncompleteDetails = ResponseIncompleteDetailsType0
Text = ResponseTextParam
Prompt = PromptType0
Usage = ResponseUsage
Billing = ResponseBilling

__all__ = [
    "Billing",
    "Conversation",
    "EasyInputMessage",
    "Error",
    "Function",
    "IncompleteDetails",
    "ModelIdsSharedType1",
    "Moderation",
    "Prompt",
    "PromptCacheOptions",
    "PromptType0",
    "Reasoning",
    "Response",
    "ResponseBilling",
    "ResponseErrorType0",
    "ResponseIncompleteDetailsType0",
    "ResponseObject",
    "ResponseOutputMessage",
    "ResponsePromptCacheRetentionType0",
    "ResponseStatus",
    "ResponseTextParam",
    "ResponseTruncationType0",
    "ResponseUsage",
    "ServiceTierResponsesType0",
    "Text",
    "ToolChoiceMode",
    "Usage",
]
