# Generated from openapi.yaml by make generate; do not edit.
"""The ``MessagePhase2`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MessagePhase2 = Literal["commentary", "final_answer"]

MESSAGE_PHASE_2_VALUES: frozenset[str] = frozenset(["commentary", "final_answer"])


def check_message_phase_2(value: str) -> MessagePhase2:
    """Return ``value`` typed as MessagePhase2; an unlisted value passes through."""
    return cast(MessagePhase2, value)
