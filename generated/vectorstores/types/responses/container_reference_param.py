# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerReferenceParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ContainerReferenceParam"]


class ContainerReferenceParam(TypedDict, total=False):
    container_id: Required[str]
    """The ID of the referenced container."""
    type: Required[Literal["container_reference"]]
    """References a container created with the /v1/containers endpoint"""
