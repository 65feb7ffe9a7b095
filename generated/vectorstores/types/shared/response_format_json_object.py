# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatJSONObject``, also importable from this module."""

from vectorstores_raw.models import ResponseFormatJSONObject

__all__ = ["ResponseFormatJSONObject"]
