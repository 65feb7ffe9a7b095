# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModerationMode`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ModerationMode = Literal["block", "score"]

MODERATION_MODE_VALUES: frozenset[str] = frozenset(["block", "score"])


def check_moderation_mode(value: str) -> ModerationMode:
    """Return ``value`` typed as ModerationMode; an unlisted value passes through."""
    return cast(ModerationMode, value)
