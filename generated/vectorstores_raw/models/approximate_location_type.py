# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApproximateLocationType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApproximateLocationType = Literal["approximate"]
"""The type of location approximation. Always `approximate`."""

APPROXIMATE_LOCATION_TYPE_VALUES: frozenset[str] = frozenset(["approximate"])


def check_approximate_location_type(value: str) -> ApproximateLocationType:
    """Return ``value`` typed as ApproximateLocationType; an unlisted value passes through."""
    return cast(ApproximateLocationType, value)
