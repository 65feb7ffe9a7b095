# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationParam`` and the types its fields name."""

from vectorstores_raw.models import ModerationParam, ModerationPolicyParam

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Policy = ModerationPolicyParam

__all__ = [
    "ModerationParam",
    "ModerationPolicyParam",
    "Policy",
]
