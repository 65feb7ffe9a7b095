# Generated from openapi.yaml by make generate; do not edit.
"""The ``KeyPressType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
KeyPressType = Literal["keypress"]
"""Specifies the event type. For a keypress action, this property is always set to `keypress`."""

KEY_PRESS_TYPE_VALUES: frozenset[str] = frozenset(["keypress"])


def check_key_press_type(value: str) -> KeyPressType:
    """Return ``value`` typed as KeyPressType; an unlisted value passes through."""
    return cast(KeyPressType, value)
