# Generated from openapi.yaml by make generate; do not edit.
"""``OutputMessageContent``."""

from vectorstores_raw.models import OutputMessageContent

__all__ = [
    "OutputMessageContent",
]
