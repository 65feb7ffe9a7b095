# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.inline_skill_source_param import InlineSkillSourceParam

__all__ = ["InlineSkillParam"]


class InlineSkillParam(TypedDict, total=False):
    description: Required[str]
    """The description of the skill."""
    name: Required[str]
    """The name of the skill."""
    source: Required[InlineSkillSourceParam]
    """Inline skill payload"""
    type: Required[Literal["inline"]]
    """Defines an inline skill for this request."""
