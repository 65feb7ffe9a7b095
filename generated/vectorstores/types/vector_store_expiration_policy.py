# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreExpirationPolicy`` and the types its fields name."""

from vectorstores_raw.models import VectorStoreExpirationPolicy, VectorStoreExpirationPolicyAnchor

__all__ = [
    "VectorStoreExpirationPolicy",
    "VectorStoreExpirationPolicyAnchor",
]
