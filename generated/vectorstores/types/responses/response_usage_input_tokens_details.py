# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseUsageInputTokensDetails``."""

from vectorstores_raw.models import ResponseUsageInputTokensDetails

__all__ = [
    "ResponseUsageInputTokensDetails",
]
