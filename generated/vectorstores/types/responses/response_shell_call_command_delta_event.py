# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCallCommandDeltaEvent``: openai-python's name for ``ResponseShellCommandDeltaEvent``."""

from vectorstores_raw.models import ResponseShellCommandDeltaEvent as ResponseShellCallCommandDeltaEvent

__all__ = ["ResponseShellCallCommandDeltaEvent"]
