# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyDisabledParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ContainerNetworkPolicyDisabledParam"]


class ContainerNetworkPolicyDisabledParam(TypedDict, total=False):
    type: Required[Literal["disabled"]]
    """Disable outbound network access. Always `disabled`."""
