# Generated from openapi.yaml by make generate; do not edit.
"""The ``ReferenceTypeType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ReferenceTypeType0 = Literal["reference"]

REFERENCE_TYPE_TYPE_0_VALUES: frozenset[str] = frozenset(["reference"])


def check_reference_type_type_0(value: str) -> ReferenceTypeType0:
    """Return ``value`` typed as ReferenceTypeType0; an unlisted value passes through."""
    return cast(ReferenceTypeType0, value)
