# Generated from openapi.yaml by make generate; do not edit.
"""The ``CompactionSummaryItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CompactionSummaryItemParamType = Literal["compaction"]
"""The type of the item. Always `compaction`."""

COMPACTION_SUMMARY_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["compaction"])


def check_compaction_summary_item_param_type(value: str) -> CompactionSummaryItemParamType:
    """Return ``value`` typed as CompactionSummaryItemParamType; an unlisted value passes through."""
    return cast(CompactionSummaryItemParamType, value)
