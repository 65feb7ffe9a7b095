# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerUsePreviewToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerUsePreviewToolType = Literal["computer_use_preview"]
"""The type of the computer use tool. Always `computer_use_preview`."""

COMPUTER_USE_PREVIEW_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["computer_use_preview"])


def check_computer_use_preview_tool_type(value: str) -> ComputerUsePreviewToolType:
    """Return ``value`` typed as ComputerUsePreviewToolType; an unlisted value passes through."""
    return cast(ComputerUsePreviewToolType, value)
