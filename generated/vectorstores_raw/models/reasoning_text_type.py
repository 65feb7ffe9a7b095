# Generated from openapi.yaml by make generate; do not edit.
"""The ``ReasoningTextType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ReasoningTextType = Literal["reasoning_text"]
"""The type of the reasoning text. Always `reasoning_text`."""

REASONING_TEXT_TYPE_VALUES: frozenset[str] = frozenset(["reasoning_text"])


def check_reasoning_text_type(value: str) -> ReasoningTextType:
    """Return ``value`` typed as ReasoningTextType; an unlisted value passes through."""
    return cast(ReasoningTextType, value)
