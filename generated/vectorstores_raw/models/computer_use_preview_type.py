# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerUsePreviewType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerUsePreviewType = Literal["computer_use_preview"]
"""The type of the computer use tool. Always `computer_use_preview`."""

COMPUTER_USE_PREVIEW_TYPE_VALUES: frozenset[str] = frozenset(["computer_use_preview"])


def check_computer_use_preview_type(value: str) -> ComputerUsePreviewType:
    """Return ``value`` typed as ComputerUsePreviewType; an unlisted value passes through."""
    return cast(ComputerUsePreviewType, value)
