# Generated from openapi.yaml by make generate; do not edit.
"""The document's component schemas that argument rules refer to by name (see validation.py)."""

from __future__ import annotations

from typing import Any

COMPONENTS: dict[str, Any] = {}
