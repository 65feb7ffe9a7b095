# Generated from openapi.yaml by make generate; do not edit.
"""The ``PromptCacheBreakpointConfigMode`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
PromptCacheBreakpointConfigMode = Literal["explicit"]
"""The breakpoint mode. Always `explicit`."""

PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES: frozenset[str] = frozenset(["explicit"])


def check_prompt_cache_breakpoint_config_mode(value: str) -> PromptCacheBreakpointConfigMode:
    """Return ``value`` typed as PromptCacheBreakpointConfigMode; an unlisted value passes through."""
    return cast(PromptCacheBreakpointConfigMode, value)
