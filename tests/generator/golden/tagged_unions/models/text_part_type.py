# Generated from openapi.yaml by make generate; do not edit.
"""The ``TextPartType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TextPartType = Literal["text"]

TEXT_PART_TYPE_VALUES: frozenset[str] = frozenset(["text"])


def check_text_part_type(value: str) -> TextPartType:
    """Return ``value`` typed as TextPartType; an unlisted value passes through."""
    return cast(TextPartType, value)
