# Generated from openapi.yaml by make generate; do not edit.
"""The ``IncludeEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
IncludeEnum = Literal[
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "message.output_text.logprobs",
    "reasoning.encrypted_content",
    "web_search_call.action.sources",
    "web_search_call.results",
]

INCLUDE_ENUM_VALUES: frozenset[str] = frozenset(
    [
        "code_interpreter_call.outputs",
        "computer_call_output.output.image_url",
        "file_search_call.results",
        "message.input_image.image_url",
        "message.output_text.logprobs",
        "reasoning.encrypted_content",
        "web_search_call.action.sources",
        "web_search_call.results",
    ]
)


def check_include_enum(value: str) -> IncludeEnum:
    """Return ``value`` typed as IncludeEnum; an unlisted value passes through."""
    return cast(IncludeEnum, value)
