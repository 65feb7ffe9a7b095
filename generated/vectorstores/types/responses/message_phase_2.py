# Generated from openapi.yaml by make generate; do not edit.
"""``MessagePhase2``."""

from vectorstores_raw.models import MessagePhase2

__all__ = [
    "MessagePhase2",
]
