# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchCallStatus``."""

from vectorstores_raw.models import ApplyPatchCallStatus

__all__ = [
    "ApplyPatchCallStatus",
]
