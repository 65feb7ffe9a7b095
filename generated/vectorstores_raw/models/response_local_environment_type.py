# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseLocalEnvironmentType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseLocalEnvironmentType = Literal["local"]
"""The environment type. Always `local`."""

RESPONSE_LOCAL_ENVIRONMENT_TYPE_VALUES: frozenset[str] = frozenset(["local"])


def check_response_local_environment_type(value: str) -> ResponseLocalEnvironmentType:
    """Return ``value`` typed as ResponseLocalEnvironmentType; an unlisted value passes through."""
    return cast(ResponseLocalEnvironmentType, value)
