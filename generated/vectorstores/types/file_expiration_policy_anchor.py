# Generated from openapi.yaml by make generate; do not edit.
"""``FileExpirationPolicyAnchor``."""

from vectorstores_raw.models import FileExpirationPolicyAnchor

__all__ = [
    "FileExpirationPolicyAnchor",
]
