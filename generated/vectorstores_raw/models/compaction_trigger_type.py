# Generated from openapi.yaml by make generate; do not edit.
"""The ``CompactionTriggerType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CompactionTriggerType = Literal["compaction_trigger"]
"""The type of the item. Always `compaction_trigger`."""

COMPACTION_TRIGGER_TYPE_VALUES: frozenset[str] = frozenset(["compaction_trigger"])


def check_compaction_trigger_type(value: str) -> CompactionTriggerType:
    """Return ``value`` typed as CompactionTriggerType; an unlisted value passes through."""
    return cast(CompactionTriggerType, value)
