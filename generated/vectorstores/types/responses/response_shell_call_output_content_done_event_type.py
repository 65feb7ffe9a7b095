# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCallOutputContentDoneEventType``."""

from vectorstores_raw.models import ResponseShellCallOutputContentDoneEventType

__all__ = [
    "ResponseShellCallOutputContentDoneEventType",
]
