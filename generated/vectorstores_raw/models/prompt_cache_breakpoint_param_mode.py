# Generated from openapi.yaml by make generate; do not edit.
"""The ``PromptCacheBreakpointParamMode`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
PromptCacheBreakpointParamMode = Literal["explicit"]
"""The breakpoint mode. Always `explicit`."""

PROMPT_CACHE_BREAKPOINT_PARAM_MODE_VALUES: frozenset[str] = frozenset(["explicit"])


def check_prompt_cache_breakpoint_param_mode(value: str) -> PromptCacheBreakpointParamMode:
    """Return ``value`` typed as PromptCacheBreakpointParamMode; an unlisted value passes through."""
    return cast(PromptCacheBreakpointParamMode, value)
