# Generated from openapi.yaml by make generate; do not edit.
"""The ``CompactionBodyType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CompactionBodyType = Literal["compaction"]
"""The type of the item. Always `compaction`."""

COMPACTION_BODY_TYPE_VALUES: frozenset[str] = frozenset(["compaction"])


def check_compaction_body_type(value: str) -> CompactionBodyType:
    """Return ``value`` typed as CompactionBodyType; an unlisted value passes through."""
    return cast(CompactionBodyType, value)
