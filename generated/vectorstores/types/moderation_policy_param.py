# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationPolicyParam`` and the types its fields name."""

from vectorstores_raw.models import ModerationConfigParam, ModerationPolicyParam

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Input = ModerationConfigParam
Output = ModerationConfigParam

__all__ = [
    "Input",
    "ModerationConfigParam",
    "ModerationPolicyParam",
    "Output",
]
