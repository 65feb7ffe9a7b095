# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerCallOutputStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerCallOutputStatus = Literal["completed", "failed", "incomplete"]

COMPUTER_CALL_OUTPUT_STATUS_VALUES: frozenset[str] = frozenset(["completed", "failed", "incomplete"])


def check_computer_call_output_status(value: str) -> ComputerCallOutputStatus:
    """Return ``value`` typed as ComputerCallOutputStatus; an unlisted value passes through."""
    return cast(ComputerCallOutputStatus, value)
