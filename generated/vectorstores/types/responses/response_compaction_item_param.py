# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCompactionItemParam`` and the types its fields name."""

from vectorstores_raw.models import ResponseCompactionItemParam, ResponseCompactionItemParamType

__all__ = [
    "ResponseCompactionItemParam",
    "ResponseCompactionItemParamType",
]
