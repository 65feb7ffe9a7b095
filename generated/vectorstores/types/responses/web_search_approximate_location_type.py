# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchApproximateLocationType``."""

from vectorstores_raw.models import WebSearchApproximateLocationType

__all__ = [
    "WebSearchApproximateLocationType",
]
