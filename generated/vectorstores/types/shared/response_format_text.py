# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatText``, also importable from this module."""

from vectorstores_raw.models import ResponseFormatText

__all__ = ["ResponseFormatText"]
