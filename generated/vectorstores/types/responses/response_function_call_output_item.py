# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionCallOutputItem``."""

from vectorstores_raw.models import ResponseFunctionCallOutputItem

__all__ = [
    "ResponseFunctionCallOutputItem",
]
