# Generated from openapi.yaml by make generate; do not edit.
"""``InputMessageResource`` and the types its fields name."""

from vectorstores_raw.models import (
    InputMessageResource,
    InputMessageResourceRole,
    InputMessageResourceStatus,
    InputMessageResourceType,
    InputTextContent,
)

__all__ = [
    "InputMessageResource",
    "InputMessageResourceRole",
    "InputMessageResourceStatus",
    "InputMessageResourceType",
    "InputTextContent",
]
