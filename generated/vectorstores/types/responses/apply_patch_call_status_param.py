# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchCallStatusParam``."""

from vectorstores_raw.models import ApplyPatchCallStatusParam

__all__ = [
    "ApplyPatchCallStatusParam",
]
