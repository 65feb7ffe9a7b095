# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseIncompleteDetailsType0Reason`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseIncompleteDetailsType0Reason = Literal["content_filter", "max_output_tokens"]
"""The reason why the response is incomplete."""

RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: frozenset[str] = frozenset(["content_filter", "max_output_tokens"])


def check_response_incomplete_details_type_0_reason(value: str) -> ResponseIncompleteDetailsType0Reason:
    """Return ``value`` typed as ResponseIncompleteDetailsType0Reason; an unlisted value passes through."""
    return cast(ResponseIncompleteDetailsType0Reason, value)
