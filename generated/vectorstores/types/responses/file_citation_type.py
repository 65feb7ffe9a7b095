# Generated from openapi.yaml by make generate; do not edit.
"""``FileCitationType``."""

from vectorstores_raw.models import FileCitationType

__all__ = [
    "FileCitationType",
]
