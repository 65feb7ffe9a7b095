# Generated from openapi.yaml by make generate; do not edit.
"""``InputMessageResourceStatus``."""

from vectorstores_raw.models import InputMessageResourceStatus

__all__ = [
    "InputMessageResourceStatus",
]
