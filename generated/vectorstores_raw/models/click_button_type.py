# Generated from openapi.yaml by make generate; do not edit.
"""The ``ClickButtonType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ClickButtonType = Literal["back", "forward", "left", "right", "wheel"]

CLICK_BUTTON_TYPE_VALUES: frozenset[str] = frozenset(["back", "forward", "left", "right", "wheel"])


def check_click_button_type(value: str) -> ClickButtonType:
    """Return ``value`` typed as ClickButtonType; an unlisted value passes through."""
    return cast(ClickButtonType, value)
