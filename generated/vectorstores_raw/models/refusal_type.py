# Generated from openapi.yaml by make generate; do not edit.
"""The ``RefusalType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
RefusalType = Literal["refusal"]
"""The type of the refusal. Always `refusal`."""

REFUSAL_TYPE_VALUES: frozenset[str] = frozenset(["refusal"])


def check_refusal_type(value: str) -> RefusalType:
    """Return ``value`` typed as RefusalType; an unlisted value passes through."""
    return cast(RefusalType, value)
