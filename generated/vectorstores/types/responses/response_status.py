# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseStatus``."""

from vectorstores_raw.models import ResponseStatus

__all__ = [
    "ResponseStatus",
]
