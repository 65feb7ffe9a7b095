# Generated from openapi.yaml by make generate; do not edit.
"""The ``ServiceTierEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ServiceTierEnum = Literal["auto", "default", "fast", "flex", "priority"]

SERVICE_TIER_ENUM_VALUES: frozenset[str] = frozenset(["auto", "default", "fast", "flex", "priority"])


def check_service_tier_enum(value: str) -> ServiceTierEnum:
    """Return ``value`` typed as ServiceTierEnum; an unlisted value passes through."""
    return cast(ServiceTierEnum, value)
