# Generated from openapi.yaml by make generate; do not edit.
"""``ReasoningSummaryType0``."""

from vectorstores_raw.models import ReasoningSummaryType0

__all__ = [
    "ReasoningSummaryType0",
]
