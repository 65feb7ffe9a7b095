# Generated from openapi.yaml by make generate; do not edit.
"""The ``RankerVersionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
RankerVersionType = Literal["auto", "default-2024-11-15"]

RANKER_VERSION_TYPE_VALUES: frozenset[str] = frozenset(["auto", "default-2024-11-15"])


def check_ranker_version_type(value: str) -> RankerVersionType:
    """Return ``value`` typed as RankerVersionType; an unlisted value passes through."""
    return cast(RankerVersionType, value)
