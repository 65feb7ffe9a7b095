# Generated from openapi.yaml by make generate; do not edit.
"""``SpecificShellToolChoiceType``."""

from vectorstores_raw.models import SpecificShellToolChoiceType

__all__ = [
    "SpecificShellToolChoiceType",
]
