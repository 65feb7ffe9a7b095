# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateResponseTruncationType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CreateResponseTruncationType0 = Literal["auto", "disabled"]
"""The truncation strategy to use for the model response.

- `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response
  to fit the context window by dropping items from the beginning of the conversation.
- `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with
  a 400 error.
"""

CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES: frozenset[str] = frozenset(["auto", "disabled"])


def check_create_response_truncation_type_0(value: str) -> CreateResponseTruncationType0:
    """Return ``value`` typed as CreateResponseTruncationType0; an unlisted value passes through."""
    return cast(CreateResponseTruncationType0, value)
