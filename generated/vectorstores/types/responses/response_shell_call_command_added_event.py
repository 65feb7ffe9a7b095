# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCallCommandAddedEvent``: openai-python's name for ``ResponseShellCommandAddedEvent``."""

from vectorstores_raw.models import ResponseShellCommandAddedEvent as ResponseShellCallCommandAddedEvent

__all__ = ["ResponseShellCallCommandAddedEvent"]
