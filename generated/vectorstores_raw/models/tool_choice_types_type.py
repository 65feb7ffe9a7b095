# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceTypesType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceTypesType = Literal[
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
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

TOOL_CHOICE_TYPES_TYPE_VALUES: frozenset[str] = frozenset(
    [
        "code_interpreter",
        "computer",
        "computer_use",
        "computer_use_preview",
        "file_search",
        "image_generation",
        "web_search_preview",
        "web_search_preview_2025_03_11",
    ]
)


def check_tool_choice_types_type(value: str) -> ToolChoiceTypesType:
    """Return ``value`` typed as ToolChoiceTypesType; an unlisted value passes through."""
    return cast(ToolChoiceTypesType, value)
