# Generated from openapi.yaml by make generate; do not edit.
"""``LocalEnvironmentParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.local_skill_param import LocalSkillParam

__all__ = ["LocalEnvironmentParam"]


class LocalEnvironmentParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    """Use a local computer environment."""
    skills: Iterable[LocalSkillParam]
    """An optional list of skills."""
