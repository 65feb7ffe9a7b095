# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputMessageRole``."""

from vectorstores_raw.models import ResponseOutputMessageRole

__all__ = [
    "ResponseOutputMessageRole",
]
