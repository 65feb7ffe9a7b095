# Generated from openapi.yaml by make generate; do not edit.
"""The ``AutoChunkingStrategyType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
AutoChunkingStrategyType = Literal["auto"]
"""Always `auto`."""

AUTO_CHUNKING_STRATEGY_TYPE_VALUES: frozenset[str] = frozenset(["auto"])


def check_auto_chunking_strategy_type(value: str) -> AutoChunkingStrategyType:
    """Return ``value`` typed as AutoChunkingStrategyType; an unlisted value passes through."""
    return cast(AutoChunkingStrategyType, value)
