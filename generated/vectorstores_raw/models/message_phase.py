# Generated from openapi.yaml by make generate; do not edit.
"""The ``MessagePhase`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MessagePhase = Literal["commentary", "final_answer"]
"""Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`). For
models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all assistant
messages — dropping it can degrade performance. Not used for user messages.
"""

MESSAGE_PHASE_VALUES: frozenset[str] = frozenset(["commentary", "final_answer"])


def check_message_phase(value: str) -> MessagePhase:
    """Return ``value`` typed as MessagePhase; an unlisted value passes through."""
    return cast(MessagePhase, value)
