# Generated from openapi.yaml by make generate; do not edit.
"""The ``PromptCacheModeEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
PromptCacheModeEnum = Literal["explicit", "implicit"]

PROMPT_CACHE_MODE_ENUM_VALUES: frozenset[str] = frozenset(["explicit", "implicit"])


def check_prompt_cache_mode_enum(value: str) -> PromptCacheModeEnum:
    """Return ``value`` typed as PromptCacheModeEnum; an unlisted value passes through."""
    return cast(PromptCacheModeEnum, value)
