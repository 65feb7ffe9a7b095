# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerEnvironment`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerEnvironment = Literal["browser", "linux", "mac", "ubuntu", "windows"]

COMPUTER_ENVIRONMENT_VALUES: frozenset[str] = frozenset(["browser", "linux", "mac", "ubuntu", "windows"])


def check_computer_environment(value: str) -> ComputerEnvironment:
    """Return ``value`` typed as ComputerEnvironment; an unlisted value passes through."""
    return cast(ComputerEnvironment, value)
