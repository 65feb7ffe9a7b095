# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCallCommandDoneEvent``: openai-python's name for ``ResponseShellCommandDoneEvent``."""

from vectorstores_raw.models import ResponseShellCommandDoneEvent as ResponseShellCallCommandDoneEvent

__all__ = ["ResponseShellCallCommandDoneEvent"]
