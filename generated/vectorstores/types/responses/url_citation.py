# Generated from openapi.yaml by make generate; do not edit.
"""``URLCitation`` and the types its fields name."""

from vectorstores_raw.models import URLCitation, URLCitationType

__all__ = [
    "URLCitation",
    "URLCitationType",
]
