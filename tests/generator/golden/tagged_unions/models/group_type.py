# Generated from openapi.yaml by make generate; do not edit.
"""The ``GroupType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
GroupType = Literal["group"]

GROUP_TYPE_VALUES: frozenset[str] = frozenset(["group"])


def check_group_type(value: str) -> GroupType:
    """Return ``value`` typed as GroupType; an unlisted value passes through."""
    return cast(GroupType, value)
