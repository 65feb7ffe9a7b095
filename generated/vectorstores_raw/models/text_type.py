# Generated from openapi.yaml by make generate; do not edit.
"""The ``TextType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TextType = Literal["text"]
"""The type of response format being defined. Always `text`."""

TEXT_TYPE_VALUES: frozenset[str] = frozenset(["text"])


def check_text_type(value: str) -> TextType:
    """Return ``value`` typed as TextType; an unlisted value passes through."""
    return cast(TextType, value)
