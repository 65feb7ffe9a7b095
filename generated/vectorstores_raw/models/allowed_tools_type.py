# Generated from openapi.yaml by make generate; do not edit.
"""The ``AllowedToolsType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
AllowedToolsType = Literal["allowed_tools"]
"""Allowed tool configuration type. Always `allowed_tools`."""

ALLOWED_TOOLS_TYPE_VALUES: frozenset[str] = frozenset(["allowed_tools"])


def check_allowed_tools_type(value: str) -> AllowedToolsType:
    """Return ``value`` typed as AllowedToolsType; an unlisted value passes through."""
    return cast(AllowedToolsType, value)
