# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModerationInputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ModerationInputType = Literal["image", "text"]

MODERATION_INPUT_TYPE_VALUES: frozenset[str] = frozenset(["image", "text"])


def check_moderation_input_type(value: str) -> ModerationInputType:
    """Return ``value`` typed as ModerationInputType; an unlisted value passes through."""
    return cast(ModerationInputType, value)
