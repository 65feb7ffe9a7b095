# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModerationResultType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ModerationResultType = Literal["moderation_result"]
"""The object type, which was always `moderation_result` for successful moderation results."""

MODERATION_RESULT_TYPE_VALUES: frozenset[str] = frozenset(["moderation_result"])


def check_moderation_result_type(value: str) -> ModerationResultType:
    """Return ``value`` typed as ModerationResultType; an unlisted value passes through."""
    return cast(ModerationResultType, value)
