# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceTypesParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ToolChoiceTypesParam"]


class ToolChoiceTypesParam(TypedDict, total=False):
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
