# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCommandAddedEventType``."""

from vectorstores_raw.models import ResponseShellCommandAddedEventType

__all__ = [
    "ResponseShellCommandAddedEventType",
]
