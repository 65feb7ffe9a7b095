# Generated from openapi.yaml by make generate; do not edit.
"""The ``ReasoningContextType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ReasoningContextType0 = Literal["all_turns", "auto", "current_turn"]
"""Controls which reasoning items are rendered back to the model on later turns. If omitted or set to `auto`, the model
determines the context mode. The `gpt-5.6` model family defaults to `all_turns`; earlier models default to
`current_turn`.

When returned on a response, this is the effective reasoning context mode used for the response.
"""

REASONING_CONTEXT_TYPE_0_VALUES: frozenset[str] = frozenset(["all_turns", "auto", "current_turn"])


def check_reasoning_context_type_0(value: str) -> ReasoningContextType0:
    """Return ``value`` typed as ReasoningContextType0; an unlisted value passes through."""
    return cast(ReasoningContextType0, value)
