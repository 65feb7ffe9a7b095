# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerType = Literal["computer"]
"""The type of the computer tool. Always `computer`."""

COMPUTER_TYPE_VALUES: frozenset[str] = frozenset(["computer"])


def check_computer_type(value: str) -> ComputerType:
    """Return ``value`` typed as ComputerType; an unlisted value passes through."""
    return cast(ComputerType, value)
