# Generated from openapi.yaml by make generate; do not edit.
"""``LocalSkillParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["LocalSkillParam"]


class LocalSkillParam(TypedDict, total=False):
    description: Required[str]
    """The description of the skill."""
    name: Required[str]
    """The name of the skill."""
    path: Required[str]
    """The path to the directory containing the skill."""
