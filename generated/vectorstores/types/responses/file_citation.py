# Generated from openapi.yaml by make generate; do not edit.
"""``FileCitation`` and the types its fields name."""

from vectorstores_raw.models import FileCitation, FileCitationType

__all__ = [
    "FileCitation",
    "FileCitationType",
]
