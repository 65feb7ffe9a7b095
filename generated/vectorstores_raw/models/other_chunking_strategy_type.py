# Generated from openapi.yaml by make generate; do not edit.
"""The ``OtherChunkingStrategyType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
OtherChunkingStrategyType = Literal["other"]
"""Always `other`."""

OTHER_CHUNKING_STRATEGY_TYPE_VALUES: frozenset[str] = frozenset(["other"])


def check_other_chunking_strategy_type(value: str) -> OtherChunkingStrategyType:
    """Return ``value`` typed as OtherChunkingStrategyType; an unlisted value passes through."""
    return cast(OtherChunkingStrategyType, value)
