# Generated from openapi.yaml by make generate; do not edit.
"""``ApproximateLocationType``."""

from vectorstores_raw.models import ApproximateLocationType

__all__ = [
    "ApproximateLocationType",
]
