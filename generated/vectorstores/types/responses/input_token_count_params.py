# Generated from openapi.yaml by make generate; do not edit.
"""``InputTokenCountParams`` and the request types it nests: the parameters of ``client.responses.input_tokens.count()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.response_input_item_param import ResponseInputItemParam
from vectorstores.types.responses.tool_param import ToolParam
from vectorstores.types.shared_params.reasoning import Reasoning

__all__ = [
    "InputTokenCountParams",
    "Conversation",
    "Text",
    "FormatResponseFormatText",
    "FormatResponseFormatTextJSONSchemaConfig",
    "FormatResponseFormatJSONObject",
    "ToolChoiceToolChoiceAllowed",
    "ToolChoiceToolChoiceTypes",
    "ToolChoiceToolChoiceFunction",
    "ToolChoiceToolChoiceMcp",
    "ToolChoiceToolChoiceCustom",
    "ToolChoiceSpecificProgrammaticToolCallingParam",
    "ToolChoiceToolChoiceApplyPatch",
    "ToolChoiceToolChoiceShell",
    "Format",
    "ToolChoice",
]


class InputTokenCountParams(TypedDict, total=False):
    conversation: Conversation | str | None
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
    text: Text | None
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


class Conversation(TypedDict, total=False):
    """The conversation that this response belongs to."""

    id: Required[str]
    """The unique ID of the conversation."""


class Text(TypedDict, total=False):
    """Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more:

    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    format: Format
    """An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs, which ensures the model will match your
    supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates
    is valid JSON. Using `json_schema` is preferred for models that support it.
    """
    verbosity: Literal["high", "low", "medium"] | None
    """Constrains the verbosity of the model's response. Lower values will result in more concise responses, while
    higher values will result in more verbose responses. Currently supported values are `low`, `medium`, and `high`.
    The default is `medium`.
    """


class FormatResponseFormatText(TypedDict, total=False):
    """Default response format. Used to generate text responses."""

    type: Required[Literal["text"]]
    """The type of response format being defined. Always `text`."""


class FormatResponseFormatTextJSONSchemaConfig(TypedDict, total=False):
    """JSON Schema response format. Used to generate structured JSON responses. Learn more about [Structured
    Outputs](/docs/guides/structured-outputs).
    """

    name: Required[str]
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length
    of 64.
    """
    schema: Required[dict[str, Any]]
    """The schema for the response format, described as a JSON Schema object. Learn how to build JSON schemas
    [here](https://json-schema.org/).
    """
    type: Required[Literal["json_schema"]]
    """The type of response format being defined. Always `json_schema`."""
    description: str
    """A description of what the response format is for, used by the model to determine how to respond in the format."""
    strict: bool | None
    """Whether to enable strict schema adherence when generating the output. If set to true, the model will always
    follow the exact schema defined in the `schema` field. Only a subset of JSON Schema is supported when `strict` is
    `true`. To learn more, read the [Structured Outputs guide](/docs/guides/structured-outputs).
    """


class FormatResponseFormatJSONObject(TypedDict, total=False):
    """JSON object response format. An older method of generating JSON responses. Using `json_schema` is recommended for
    models that support it. Note that the model will not generate JSON without a system or user message instructing
    it to do so.
    """

    type: Required[Literal["json_object"]]
    """The type of response format being defined. Always `json_object`."""


class ToolChoiceToolChoiceAllowed(TypedDict, total=False):
    """Constrains the tools available to the model to a pre-defined set."""

    mode: Required[Literal["auto", "required"]]
    """Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a message.

    `required` requires the model to call one or more of the allowed tools.
    """
    tools: Required[Iterable[dict[str, Any]]]
    """A list of tool definitions that the model should be allowed to call.

    For the Responses API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "name": "get_weather" },
      { "type": "mcp", "server_label": "deepwiki" },
      { "type": "image_generation" }
    ]
    ```
    """
    type: Required[Literal["allowed_tools"]]
    """Allowed tool configuration type. Always `allowed_tools`."""


class ToolChoiceToolChoiceTypes(TypedDict, total=False):
    """Indicates that the model should use a built-in tool to generate a response. [Learn more about built-in
    tools](/docs/guides/tools).
    """

    type: Required[
        Literal[
            "code_interpreter",
            "computer",
            "computer_use",
            "computer_use_preview",
            "file_search",
            "image_generation",
            "web_search_preview",
            "web_search_preview_2025_03_11",
        ]
    ]
    """The type of hosted tool the model should to use. Learn more about [built-in tools](/docs/guides/tools).

    Allowed values are:

    - `file_search`
    - `web_search_preview`
    - `computer`
    - `computer_use_preview`
    - `computer_use`
    - `code_interpreter`
    - `image_generation`
    """


class ToolChoiceToolChoiceFunction(TypedDict, total=False):
    """Use this option to force the model to call a specific function."""

    name: Required[str]
    """The name of the function to call."""
    type: Required[Literal["function"]]
    """For function calling, the type is always `function`."""


class ToolChoiceToolChoiceMcp(TypedDict, total=False):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    server_label: Required[str]
    """The label of the MCP server to use."""
    type: Required[Literal["mcp"]]
    """For MCP tools, the type is always `mcp`."""
    name: str | None
    """The name of the tool to call on the server."""


class ToolChoiceToolChoiceCustom(TypedDict, total=False):
    """Use this option to force the model to call a specific custom tool."""

    name: Required[str]
    """The name of the custom tool to call."""
    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""


class ToolChoiceSpecificProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]
    """The tool to call. Always `programmatic_tool_calling`."""


class ToolChoiceToolChoiceApplyPatch(TypedDict, total=False):
    """Forces the model to call the apply_patch tool when executing a tool call."""

    type: Required[Literal["apply_patch"]]
    """The tool to call. Always `apply_patch`."""


class ToolChoiceToolChoiceShell(TypedDict, total=False):
    """Forces the model to call the shell tool when a tool call is required."""

    type: Required[Literal["shell"]]
    """The tool to call. Always `shell`."""


Format: TypeAlias = FormatResponseFormatText | FormatResponseFormatTextJSONSchemaConfig | FormatResponseFormatJSONObject

ToolChoice: TypeAlias = (
    ToolChoiceToolChoiceAllowed
    | ToolChoiceToolChoiceTypes
    | ToolChoiceToolChoiceFunction
    | ToolChoiceToolChoiceMcp
    | ToolChoiceToolChoiceCustom
    | ToolChoiceSpecificProgrammaticToolCallingParam
    | ToolChoiceToolChoiceApplyPatch
    | ToolChoiceToolChoiceShell
)
