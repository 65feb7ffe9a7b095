# Generated from openapi.yaml by make generate; do not edit.
"""``SpecificShellToolChoice`` and the types its fields name."""

from vectorstores_raw.models import SpecificShellToolChoice, SpecificShellToolChoiceType

__all__ = [
    "SpecificShellToolChoice",
    "SpecificShellToolChoiceType",
]
