# Generated from openapi.yaml by make generate; do not edit.
"""``SummaryTextType``."""

from vectorstores_raw.models import SummaryTextType

__all__ = [
    "SummaryTextType",
]
