# Generated from openapi.yaml by make generate; do not edit.
"""``LocalSkill``."""

from vectorstores_raw.models import LocalSkill

__all__ = [
    "LocalSkill",
]
