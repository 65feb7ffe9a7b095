# Generated from openapi.yaml by make generate; do not edit.
"""The ``CompactedResponseObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CompactedResponseObject = Literal["response.compaction"]
"""The object type. Always `response.compaction`."""

COMPACTED_RESPONSE_OBJECT_VALUES: frozenset[str] = frozenset(["response.compaction"])


def check_compacted_response_object(value: str) -> CompactedResponseObject:
    """Return ``value`` typed as CompactedResponseObject; an unlisted value passes through."""
    return cast(CompactedResponseObject, value)
