# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateResponsePromptCacheRetentionType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CreateResponsePromptCacheRetentionType0 = Literal["24h", "in_memory"]

CREATE_RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: frozenset[str] = frozenset(["24h", "in_memory"])


def check_create_response_prompt_cache_retention_type_0(value: str) -> CreateResponsePromptCacheRetentionType0:
    """Return ``value`` typed as CreateResponsePromptCacheRetentionType0; an unlisted value passes through."""
    return cast(CreateResponsePromptCacheRetentionType0, value)
