# Generated from openapi.yaml by make generate; do not edit.
"""The ``PromptCacheTTLEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
PromptCacheTTLEnum = Literal["30m"]

PROMPT_CACHE_TTL_ENUM_VALUES: frozenset[str] = frozenset(["30m"])


def check_prompt_cache_ttl_enum(value: str) -> PromptCacheTTLEnum:
    """Return ``value`` typed as PromptCacheTTLEnum; an unlisted value passes through."""
    return cast(PromptCacheTTLEnum, value)
