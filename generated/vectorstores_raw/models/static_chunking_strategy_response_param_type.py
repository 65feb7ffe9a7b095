# Generated from openapi.yaml by make generate; do not edit.
"""The ``StaticChunkingStrategyResponseParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
StaticChunkingStrategyResponseParamType = Literal["static"]
"""Always `static`."""

STATIC_CHUNKING_STRATEGY_RESPONSE_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["static"])


def check_static_chunking_strategy_response_param_type(value: str) -> StaticChunkingStrategyResponseParamType:
    """Return ``value`` typed as StaticChunkingStrategyResponseParamType; an unlisted value passes through."""
    return cast(StaticChunkingStrategyResponseParamType, value)
