# Generated from openapi.yaml by make generate; do not edit.
"""The ``TextFormatType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TextFormatType = Literal["text"]
"""Unconstrained text format. Always `text`."""

TEXT_FORMAT_TYPE_VALUES: frozenset[str] = frozenset(["text"])


def check_text_format_type(value: str) -> TextFormatType:
    """Return ``value`` typed as TextFormatType; an unlisted value passes through."""
    return cast(TextFormatType, value)
