# Generated from openapi.yaml by make generate; do not edit.
"""``InputMessageStatus``."""

from vectorstores_raw.models import InputMessageStatus

__all__ = [
    "InputMessageStatus",
]
