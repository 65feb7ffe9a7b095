# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerAutoParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.responses.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from vectorstores.types.responses.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from vectorstores.types.responses.inline_skill_param import InlineSkillParam
from vectorstores.types.responses.skill_reference_param import SkillReferenceParam

__all__ = ["ContainerAutoParam", "NetworkPolicy", "Skill"]


class ContainerAutoParam(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    """Automatically creates a container for this request"""
    file_ids: SequenceNotStr[str]
    """An optional list of uploaded files to make available to your code."""
    memory_limit: Literal["16g", "1g", "4g", "64g"] | None
    """The memory limit for the container."""
    network_policy: NetworkPolicy
    """Network access policy for the container."""
    skills: Iterable[Skill]
    """An optional list of skills referenced by id or inline data."""


NetworkPolicy: TypeAlias = ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam

Skill: TypeAlias = SkillReferenceParam | InlineSkillParam
