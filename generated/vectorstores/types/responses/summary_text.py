# Generated from openapi.yaml by make generate; do not edit.
"""``SummaryText`` and the types its fields name."""

from vectorstores_raw.models import SummaryText, SummaryTextType

__all__ = [
    "SummaryText",
    "SummaryTextType",
]
