# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModerationErrorType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ModerationErrorType = Literal["error"]
"""The object type, which was always `error` for moderation failures."""

MODERATION_ERROR_TYPE_VALUES: frozenset[str] = frozenset(["error"])


def check_moderation_error_type(value: str) -> ModerationErrorType:
    """Return ``value`` typed as ModerationErrorType; an unlisted value passes through."""
    return cast(ModerationErrorType, value)
