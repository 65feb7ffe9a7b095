# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponsePromptCacheRetentionType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponsePromptCacheRetentionType0 = Literal["24h", "in_memory"]

RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: frozenset[str] = frozenset(["24h", "in_memory"])


def check_response_prompt_cache_retention_type_0(value: str) -> ResponsePromptCacheRetentionType0:
    """Return ``value`` typed as ResponsePromptCacheRetentionType0; an unlisted value passes through."""
    return cast(ResponsePromptCacheRetentionType0, value)
