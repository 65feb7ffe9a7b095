# Generated from openapi.yaml by make generate; do not edit.
"""The ``PromptCacheRetentionEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
PromptCacheRetentionEnum = Literal["24h", "in_memory"]

PROMPT_CACHE_RETENTION_ENUM_VALUES: frozenset[str] = frozenset(["24h", "in_memory"])


def check_prompt_cache_retention_enum(value: str) -> PromptCacheRetentionEnum:
    """Return ``value`` typed as PromptCacheRetentionEnum; an unlisted value passes through."""
    return cast(PromptCacheRetentionEnum, value)
