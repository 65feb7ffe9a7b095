# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCompactionItemParamType``."""

from vectorstores_raw.models import ResponseCompactionItemParamType

__all__ = [
    "ResponseCompactionItemParamType",
]
