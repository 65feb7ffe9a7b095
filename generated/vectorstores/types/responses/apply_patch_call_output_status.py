# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchCallOutputStatus``."""

from vectorstores_raw.models import ApplyPatchCallOutputStatus

__all__ = [
    "ApplyPatchCallOutputStatus",
]
