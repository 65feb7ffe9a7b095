# Generated from openapi.yaml by make generate; do not edit.
"""``TheCompactedResponseObjectObject``."""

from vectorstores_raw.models import TheCompactedResponseObjectObject

__all__ = [
    "TheCompactedResponseObjectObject",
]
