# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatTextConfig``."""

from vectorstores_raw.models import ResponseFormatTextConfig

__all__ = [
    "ResponseFormatTextConfig",
]
