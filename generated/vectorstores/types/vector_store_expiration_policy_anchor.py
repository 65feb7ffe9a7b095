# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreExpirationPolicyAnchor``."""

from vectorstores_raw.models import VectorStoreExpirationPolicyAnchor

__all__ = [
    "VectorStoreExpirationPolicyAnchor",
]
