# Generated from openapi.yaml by make generate; do not edit.
"""``FileContentResponse``."""

from vectorstores_raw.models import FileContentResponse

__all__ = [
    "FileContentResponse",
]
