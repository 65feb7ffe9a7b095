# Generated from openapi.yaml by make generate; do not edit.
"""The ``VerbosityType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VerbosityType0 = Literal["high", "low", "medium"]
"""Constrains the verbosity of the model's response. Lower values will result in more concise responses, while higher
values will result in more verbose responses. Currently supported values are `low`, `medium`, and `high`. The default
is `medium`.
"""

VERBOSITY_TYPE_0_VALUES: frozenset[str] = frozenset(["high", "low", "medium"])


def check_verbosity_type_0(value: str) -> VerbosityType0:
    """Return ``value`` typed as VerbosityType0; an unlisted value passes through."""
    return cast(VerbosityType0, value)
