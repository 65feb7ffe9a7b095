# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageDetail`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageDetail = Literal["auto", "high", "low", "original"]

IMAGE_DETAIL_VALUES: frozenset[str] = frozenset(["auto", "high", "low", "original"])


def check_image_detail(value: str) -> ImageDetail:
    """Return ``value`` typed as ImageDetail; an unlisted value passes through."""
    return cast(ImageDetail, value)
