# Generated from openapi.yaml by make generate; do not edit.
"""The ``ServiceTierResponsesType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ServiceTierResponsesType0 = Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"]

SERVICE_TIER_RESPONSES_TYPE_0_VALUES: frozenset[str] = frozenset(
    ["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"]
)


def check_service_tier_responses_type_0(value: str) -> ServiceTierResponsesType0:
    """Return ``value`` typed as ServiceTierResponsesType0; an unlisted value passes through."""
    return cast(ServiceTierResponsesType0, value)
