# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModelResponsePropertiesPromptCacheRetentionType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ModelResponsePropertiesPromptCacheRetentionType0 = Literal["24h", "in_memory"]
"""Deprecated. Use `prompt_cache_options.ttl` instead.

The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached
prefixes active for longer, up to a maximum of 24 hours. [Learn
more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy, while
`prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do not interact.
For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention
policy:

  - Organizations without ZDR enabled default to `24h`.
  - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
"""

MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: frozenset[str] = frozenset(["24h", "in_memory"])


def check_model_response_properties_prompt_cache_retention_type_0(
    value: str,
) -> ModelResponsePropertiesPromptCacheRetentionType0:
    """Return ``value`` typed as ModelResponsePropertiesPromptCacheRetentionType0; an unlisted value passes through."""
    return cast(ModelResponsePropertiesPromptCacheRetentionType0, value)
