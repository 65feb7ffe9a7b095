# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseTruncationType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseTruncationType0 = Literal["auto", "disabled"]

RESPONSE_TRUNCATION_TYPE_0_VALUES: frozenset[str] = frozenset(["auto", "disabled"])


def check_response_truncation_type_0(value: str) -> ResponseTruncationType0:
    """Return ``value`` typed as ResponseTruncationType0; an unlisted value passes through."""
    return cast(ResponseTruncationType0, value)
