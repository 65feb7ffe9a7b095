# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalEnvironmentParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LocalEnvironmentParamType = Literal["local"]
"""Use a local computer environment."""

LOCAL_ENVIRONMENT_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["local"])


def check_local_environment_param_type(value: str) -> LocalEnvironmentParamType:
    """Return ``value`` typed as LocalEnvironmentParamType; an unlisted value passes through."""
    return cast(LocalEnvironmentParamType, value)
