# Generated from openapi.yaml by make generate; do not edit.
"""The ``TextContentType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TextContentType = Literal["text"]

TEXT_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(["text"])


def check_text_content_type(value: str) -> TextContentType:
    """Return ``value`` typed as TextContentType; an unlisted value passes through."""
    return cast(TextContentType, value)
