# Generated from openapi.yaml by make generate; do not edit.
"""``InputMessageRole``."""

from vectorstores_raw.models import InputMessageRole

__all__ = [
    "InputMessageRole",
]
