# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCommandDoneEventType``."""

from vectorstores_raw.models import ResponseShellCommandDoneEventType

__all__ = [
    "ResponseShellCommandDoneEventType",
]
