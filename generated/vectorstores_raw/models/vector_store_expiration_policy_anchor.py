# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreExpirationPolicyAnchor`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreExpirationPolicyAnchor = Literal["last_active_at"]
"""Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

VECTOR_STORE_EXPIRATION_POLICY_ANCHOR_VALUES: frozenset[str] = frozenset(["last_active_at"])


def check_vector_store_expiration_policy_anchor(value: str) -> VectorStoreExpirationPolicyAnchor:
    """Return ``value`` typed as VectorStoreExpirationPolicyAnchor; an unlisted value passes through."""
    return cast(VectorStoreExpirationPolicyAnchor, value)
