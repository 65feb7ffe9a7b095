# Generated from openapi.yaml by make generate; do not edit.
"""``JSONObject`` and the types its fields name."""

from vectorstores_raw.models import JSONObject, JSONObjectType

__all__ = [
    "JSONObject",
    "JSONObjectType",
]
