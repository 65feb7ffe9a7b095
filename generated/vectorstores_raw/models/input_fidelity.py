# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputFidelity`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputFidelity = Literal["high", "low"]

INPUT_FIDELITY_VALUES: frozenset[str] = frozenset(["high", "low"])


def check_input_fidelity(value: str) -> InputFidelity:
    """Return ``value`` typed as InputFidelity; an unlisted value passes through."""
    return cast(InputFidelity, value)
