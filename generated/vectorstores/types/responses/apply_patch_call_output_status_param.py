# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchCallOutputStatusParam``."""

from vectorstores_raw.models import ApplyPatchCallOutputStatusParam

__all__ = [
    "ApplyPatchCallOutputStatusParam",
]
