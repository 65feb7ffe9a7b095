# Generated from openapi.yaml by make generate; do not edit.
"""``InputTokenCountResponse`` and the types its fields name."""

from vectorstores_raw.models import InputTokenCountResponse, InputTokenCountResponseObject

__all__ = [
    "InputTokenCountResponse",
    "InputTokenCountResponseObject",
]
