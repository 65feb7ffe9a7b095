# Generated from openapi.yaml by make generate; do not edit.
"""``LocalSkillParam``."""

from vectorstores_raw.models import LocalSkillParam

__all__ = [
    "LocalSkillParam",
]
