# Generated from openapi.yaml by make generate; do not edit.
"""``URLCitationType``."""

from vectorstores_raw.models import URLCitationType

__all__ = [
    "URLCitationType",
]
