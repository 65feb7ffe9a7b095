# Generated from openapi.yaml by make generate; do not edit.
"""``FileExpirationPolicy`` and the types its fields name."""

from vectorstores_raw.models import FileExpirationPolicy, FileExpirationPolicyAnchor

__all__ = [
    "FileExpirationPolicy",
    "FileExpirationPolicyAnchor",
]
