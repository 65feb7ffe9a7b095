# Generated from openapi.yaml by make generate; do not edit.
"""``EasyInputMessageRole``."""

from vectorstores_raw.models import EasyInputMessageRole

__all__ = [
    "EasyInputMessageRole",
]
