# Generated from openapi.yaml by make generate; do not edit.
"""``Reasoning``, also importable from here (generator/resources.yaml says why)."""

from vectorstores_raw.models import Reasoning

__all__ = ["Reasoning"]
