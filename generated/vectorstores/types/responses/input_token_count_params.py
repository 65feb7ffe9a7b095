# Generated from openapi.yaml by make generate; do not edit.
"""``InputTokenCountParams`` and the request types it nests: the parameters of ``client.responses.input_tokens.count()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.response_conversation_param_param import ResponseConversationParamParam
from vectorstores.types.responses.response_input_item_param import ResponseInputItemParam
from vectorstores.types.responses.response_text_config_param import ResponseTextConfigParam
from vectorstores.types.responses.tool_choice_allowed_param import ToolChoiceAllowedParam
from vectorstores.types.responses.tool_choice_apply_patch_param import ToolChoiceApplyPatchParam
from vectorstores.types.responses.tool_choice_custom_param import ToolChoiceCustomParam
from vectorstores.types.responses.tool_choice_function_param import ToolChoiceFunctionParam
from vectorstores.types.responses.tool_choice_mcp_param import ToolChoiceMcpParam
from vectorstores.types.responses.tool_choice_shell_param import ToolChoiceShellParam
from vectorstores.types.responses.tool_choice_types_param import ToolChoiceTypesParam
from vectorstores.types.responses.tool_param import ToolParam
from vectorstores.types.shared_params.reasoning import Reasoning

__all__ = ["InputTokenCountParams", "ToolChoiceSpecificProgrammaticToolCallingParam", "ToolChoice"]


class InputTokenCountParams(TypedDict, total=False):
    conversation: ResponseConversationParamParam | str | None
    """The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for
    this response request. Input items and output items from this response are automatically added to this
    conversation after this response completes.
    """
    input: str | Iterable[ResponseInputItemParam] | None
    """Text, image, or file inputs to the model, used to generate a response"""
    instructions: str | None
    """A system (or developer) message inserted into the model's context. When used along with `previous_response_id`,
    the instructions from a previous response will not be carried over to the next response. This makes it simple to
    swap out system (or developer) messages in new responses.
    """
    model: str | None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with
    different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """
    parallel_tool_calls: bool | None
    """Whether to allow the model to run tool calls in parallel."""
    personality: str | Literal["friendly", "pragmatic"]
    """A model-owned style preset to apply to this request. Omit this parameter to use the model's default style.
    Supported values may expand over time. Values must be at most 64 characters.
    """
    previous_response_id: str | None
    """The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more
    about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """
    reasoning: Reasoning | None
    """**gpt-5 and o-series models only** Configuration options for [reasoning
    models](https://platform.openai.com/docs/guides/reasoning).
    """
    text: ResponseTextConfigParam | None
    """Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more:

    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """
    tool_choice: ToolChoice | Literal["auto", "none", "required"] | None
    """Controls which tool the model should use, if any."""
    tools: Iterable[ToolParam] | None
    """An array of tools the model may call while generating a response. You can specify which tool to use by setting
    the `tool_choice` parameter.
    """
    truncation: Literal["auto", "disabled"]
    """Deprecated. The truncation strategy to use for the model response. - `auto`: If the input to this Response
    exceeds the model's context window size, the model will truncate the response to fit the context window by
    dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the
    context window size for a model, the request will fail with a 400 error.
    """


class ToolChoiceSpecificProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]
    """The tool to call. Always `programmatic_tool_calling`."""


ToolChoice: TypeAlias = (
    ToolChoiceAllowedParam
    | ToolChoiceTypesParam
    | ToolChoiceFunctionParam
    | ToolChoiceMcpParam
    | ToolChoiceCustomParam
    | ToolChoiceSpecificProgrammaticToolCallingParam
    | ToolChoiceApplyPatchParam
    | ToolChoiceShellParam
)
