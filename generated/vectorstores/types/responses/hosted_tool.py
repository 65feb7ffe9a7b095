# Generated from openapi.yaml by make generate; do not edit.
"""``HostedTool`` and the types its fields name."""

from vectorstores_raw.models import HostedTool, HostedToolType

__all__ = [
    "HostedTool",
    "HostedToolType",
]
