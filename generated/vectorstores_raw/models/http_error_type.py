# Generated from openapi.yaml by make generate; do not edit.
"""The ``HTTPErrorType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
HTTPErrorType = Literal["http_error"]

HTTP_ERROR_TYPE_VALUES: frozenset[str] = frozenset(["http_error"])


def check_http_error_type(value: str) -> HTTPErrorType:
    """Return ``value`` typed as HTTPErrorType; an unlisted value passes through."""
    return cast(HTTPErrorType, value)
