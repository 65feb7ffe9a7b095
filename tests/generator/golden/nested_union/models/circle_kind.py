# Generated from openapi.yaml by make generate; do not edit.
"""The ``CircleKind`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CircleKind = Literal["circle"]

CIRCLE_KIND_VALUES: frozenset[str] = frozenset(["circle"])


def check_circle_kind(value: str) -> CircleKind:
    """Return ``value`` typed as CircleKind; an unlisted value passes through."""
    return cast(CircleKind, value)
