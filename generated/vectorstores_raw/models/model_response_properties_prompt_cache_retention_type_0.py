# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModelResponsePropertiesPromptCacheRetentionType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ModelResponsePropertiesPromptCacheRetentionType0 = Literal["24h", "in_memory"]

MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: frozenset[str] = frozenset(["24h", "in_memory"])


def check_model_response_properties_prompt_cache_retention_type_0(
    value: str,
) -> ModelResponsePropertiesPromptCacheRetentionType0:
    """Return ``value`` typed as ModelResponsePropertiesPromptCacheRetentionType0; an unlisted value passes through."""
    return cast(ModelResponsePropertiesPromptCacheRetentionType0, value)
