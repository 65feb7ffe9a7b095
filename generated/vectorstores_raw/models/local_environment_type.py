# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalEnvironmentType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LocalEnvironmentType = Literal["local"]
"""Use a local computer environment."""

LOCAL_ENVIRONMENT_TYPE_VALUES: frozenset[str] = frozenset(["local"])


def check_local_environment_type(value: str) -> LocalEnvironmentType:
    """Return ``value`` typed as LocalEnvironmentType; an unlisted value passes through."""
    return cast(LocalEnvironmentType, value)
