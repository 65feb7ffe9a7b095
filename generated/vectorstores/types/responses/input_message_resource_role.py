# Generated from openapi.yaml by make generate; do not edit.
"""``InputMessageResourceRole``."""

from vectorstores_raw.models import InputMessageResourceRole

__all__ = [
    "InputMessageResourceRole",
]
