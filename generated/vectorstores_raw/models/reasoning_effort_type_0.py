# Generated from openapi.yaml by make generate; do not edit.
"""The ``ReasoningEffortType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ReasoningEffortType0 = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]
"""Constrains effort on reasoning for reasoning models. Currently supported values are `none`, `minimal`, `low`,
`medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster responses and fewer tokens used
on reasoning in a response. Not all reasoning models support every value. See the [reasoning
guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.
"""

REASONING_EFFORT_TYPE_0_VALUES: frozenset[str] = frozenset(["high", "low", "max", "medium", "minimal", "none", "xhigh"])


def check_reasoning_effort_type_0(value: str) -> ReasoningEffortType0:
    """Return ``value`` typed as ReasoningEffortType0; an unlisted value passes through."""
    return cast(ReasoningEffortType0, value)
