# Generated from openapi.yaml by make generate; do not edit.
"""``ApproximateLocation`` and the types its fields name."""

from vectorstores_raw.models import ApproximateLocation, ApproximateLocationType

__all__ = [
    "ApproximateLocation",
    "ApproximateLocationType",
]
