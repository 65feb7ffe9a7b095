# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputRefusalParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ResponseOutputRefusalParam"]


class ResponseOutputRefusalParam(TypedDict, total=False):
    """A refusal from the model."""

    refusal: Required[str]
    """The refusal explanation from the model."""
    type: Required[Literal["refusal"]]
    """The type of the refusal. Always `refusal`."""
