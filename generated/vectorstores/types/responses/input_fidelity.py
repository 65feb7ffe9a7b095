# Generated from openapi.yaml by make generate; do not edit.
"""``InputFidelity``."""

from vectorstores_raw.models import InputFidelity

__all__ = [
    "InputFidelity",
]
