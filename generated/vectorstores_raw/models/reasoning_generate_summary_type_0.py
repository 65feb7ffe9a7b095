# Generated from openapi.yaml by make generate; do not edit.
"""The ``ReasoningGenerateSummaryType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ReasoningGenerateSummaryType0 = Literal["auto", "concise", "detailed"]
"""**Deprecated:** use `summary` instead.

A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's
reasoning process. One of `auto`, `concise`, or `detailed`.
"""

REASONING_GENERATE_SUMMARY_TYPE_0_VALUES: frozenset[str] = frozenset(["auto", "concise", "detailed"])


def check_reasoning_generate_summary_type_0(value: str) -> ReasoningGenerateSummaryType0:
    """Return ``value`` typed as ReasoningGenerateSummaryType0; an unlisted value passes through."""
    return cast(ReasoningGenerateSummaryType0, value)
