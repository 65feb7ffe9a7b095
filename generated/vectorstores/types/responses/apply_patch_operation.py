# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchOperation``."""

from vectorstores_raw.models import ApplyPatchOperation

__all__ = [
    "ApplyPatchOperation",
]
