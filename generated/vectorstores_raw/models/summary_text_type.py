# Generated from openapi.yaml by make generate; do not edit.
"""The ``SummaryTextType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SummaryTextType = Literal["summary_text"]
"""The type of the object. Always `summary_text`."""

SUMMARY_TEXT_TYPE_VALUES: frozenset[str] = frozenset(["summary_text"])


def check_summary_text_type(value: str) -> SummaryTextType:
    """Return ``value`` typed as SummaryTextType; an unlisted value passes through."""
    return cast(SummaryTextType, value)
