# Generated from openapi.yaml by make generate; do not edit.
"""``HostedToolType``."""

from vectorstores_raw.models import HostedToolType

__all__ = [
    "HostedToolType",
]
