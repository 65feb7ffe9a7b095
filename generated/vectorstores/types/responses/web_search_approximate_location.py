# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchApproximateLocation`` and the types its fields name."""

from vectorstores_raw.models import WebSearchApproximateLocation, WebSearchApproximateLocationType

__all__ = [
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocationType",
]
