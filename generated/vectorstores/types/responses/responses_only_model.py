# Generated from openapi.yaml by make generate; do not edit.
"""``ResponsesOnlyModel``."""

from vectorstores_raw.models import ResponsesOnlyModel

__all__ = [
    "ResponsesOnlyModel",
]
