# Generated from openapi.yaml by make generate; do not edit.
"""The ``ReasoningSummaryType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ReasoningSummaryType0 = Literal["auto", "concise", "detailed"]
"""A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's
reasoning process. One of `auto`, `concise`, or `detailed`.

`concise` is supported for `computer-use-preview` models and all reasoning models after `gpt-5`.
"""

REASONING_SUMMARY_TYPE_0_VALUES: frozenset[str] = frozenset(["auto", "concise", "detailed"])


def check_reasoning_summary_type_0(value: str) -> ReasoningSummaryType0:
    """Return ``value`` typed as ReasoningSummaryType0; an unlisted value passes through."""
    return cast(ReasoningSummaryType0, value)
