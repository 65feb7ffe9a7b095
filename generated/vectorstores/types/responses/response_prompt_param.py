# Generated from openapi.yaml by make generate; do not edit.
"""``ResponsePromptParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.response_input_content_param import ResponseInputContentParam

__all__ = ["ResponsePromptParam"]


class ResponsePromptParam(TypedDict, total=False):
    """Reference to a prompt template and its variables. [Learn
    more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: Required[str]
    """The unique identifier of the prompt template to use."""
    variables: dict[str, ResponseInputContentParam | str] | None
    """Optional map of values to substitute in for variables in your prompt. The substitution values can either be
    strings, or other Response input types like images or files.
    """
    version: str | None
    """Optional version of the prompt template."""
