# Generated from openapi.yaml by make generate; do not edit.
"""The ``TypeType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TypeType = Literal["type"]
"""Specifies the event type. For a type action, this property is always set to `type`."""

TYPE_TYPE_VALUES: frozenset[str] = frozenset(["type"])


def check_type_type(value: str) -> TypeType:
    """Return ``value`` typed as TypeType; an unlisted value passes through."""
    return cast(TypeType, value)
