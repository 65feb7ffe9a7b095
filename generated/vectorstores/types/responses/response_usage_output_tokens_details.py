# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseUsageOutputTokensDetails``."""

from vectorstores_raw.models import ResponseUsageOutputTokensDetails

__all__ = [
    "ResponseUsageOutputTokensDetails",
]
