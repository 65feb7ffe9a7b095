# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseIncludable``: openai-python's name for ``IncludeEnum``."""

from vectorstores_raw.models import IncludeEnum as ResponseIncludable

__all__ = ["ResponseIncludable"]
