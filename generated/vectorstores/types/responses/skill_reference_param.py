# Generated from openapi.yaml by make generate; do not edit.
"""``SkillReferenceParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["SkillReferenceParam"]


class SkillReferenceParam(TypedDict, total=False):
    skill_id: Required[str]
    """The ID of the referenced skill."""
    type: Required[Literal["skill_reference"]]
    """References a skill created with the /v1/skills endpoint."""
    version: str
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""
