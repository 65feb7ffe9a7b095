# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileExpirationPolicyAnchor`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileExpirationPolicyAnchor = Literal["created_at"]
"""Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`."""

FILE_EXPIRATION_POLICY_ANCHOR_VALUES: frozenset[str] = frozenset(["created_at"])


def check_file_expiration_policy_anchor(value: str) -> FileExpirationPolicyAnchor:
    """Return ``value`` typed as FileExpirationPolicyAnchor; an unlisted value passes through."""
    return cast(FileExpirationPolicyAnchor, value)
