# Generated from openapi.yaml by make generate; do not edit.
"""``InputContent``."""

from vectorstores_raw.models import InputContent

__all__ = [
    "InputContent",
]
