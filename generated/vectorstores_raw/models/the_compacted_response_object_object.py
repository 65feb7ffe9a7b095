# Generated from openapi.yaml by make generate; do not edit.
"""The ``TheCompactedResponseObjectObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TheCompactedResponseObjectObject = Literal["response.compaction"]
"""The object type. Always `response.compaction`."""

THE_COMPACTED_RESPONSE_OBJECT_OBJECT_VALUES: frozenset[str] = frozenset(["response.compaction"])


def check_the_compacted_response_object_object(value: str) -> TheCompactedResponseObjectObject:
    """Return ``value`` typed as TheCompactedResponseObjectObject; an unlisted value passes through."""
    return cast(TheCompactedResponseObjectObject, value)
