# Generated from openapi.yaml by make generate; do not edit.
"""``TopLogProbability``."""

from vectorstores_raw.models import TopLogProbability

__all__ = [
    "TopLogProbability",
]
