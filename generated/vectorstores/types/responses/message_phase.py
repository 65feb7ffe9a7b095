# Generated from openapi.yaml by make generate; do not edit.
"""``MessagePhase``."""

from vectorstores_raw.models import MessagePhase

__all__ = [
    "MessagePhase",
]
