# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionWebSearchStatus``."""

from vectorstores_raw.models import ResponseFunctionWebSearchStatus

__all__ = [
    "ResponseFunctionWebSearchStatus",
]
