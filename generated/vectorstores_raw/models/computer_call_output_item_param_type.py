# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerCallOutputItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerCallOutputItemParamType = Literal["computer_call_output"]
"""The type of the computer tool call output. Always `computer_call_output`."""

COMPUTER_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["computer_call_output"])


def check_computer_call_output_item_param_type(value: str) -> ComputerCallOutputItemParamType:
    """Return ``value`` typed as ComputerCallOutputItemParamType; an unlisted value passes through."""
    return cast(ComputerCallOutputItemParamType, value)
