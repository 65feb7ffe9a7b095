# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenActionEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenActionEnum = Literal["auto", "edit", "generate"]

IMAGE_GEN_ACTION_ENUM_VALUES: frozenset[str] = frozenset(["auto", "edit", "generate"])


def check_image_gen_action_enum(value: str) -> ImageGenActionEnum:
    """Return ``value`` typed as ImageGenActionEnum; an unlisted value passes through."""
    return cast(ImageGenActionEnum, value)
