# Generated from openapi.yaml by make generate; do not edit.
"""``CallableToolAllowedCaller``."""

from vectorstores_raw.models import CallableToolAllowedCaller

__all__ = [
    "CallableToolAllowedCaller",
]
