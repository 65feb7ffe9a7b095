# Generated from openapi.yaml by make generate; do not edit.
"""The ``StaticChunkingStrategyRequestParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
StaticChunkingStrategyRequestParamType = Literal["static"]
"""Always `static`."""

STATIC_CHUNKING_STRATEGY_REQUEST_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["static"])


def check_static_chunking_strategy_request_param_type(value: str) -> StaticChunkingStrategyRequestParamType:
    """Return ``value`` typed as StaticChunkingStrategyRequestParamType; an unlisted value passes through."""
    return cast(StaticChunkingStrategyRequestParamType, value)
