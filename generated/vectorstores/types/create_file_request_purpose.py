# Generated from openapi.yaml by make generate; do not edit.
"""``CreateFileRequestPurpose``."""

from vectorstores_raw.models import CreateFileRequestPurpose

__all__ = [
    "CreateFileRequestPurpose",
]
