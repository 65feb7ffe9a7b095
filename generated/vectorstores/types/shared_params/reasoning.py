# Generated from openapi.yaml by make generate; do not edit.
"""``Reasoning``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["Reasoning"]


class Reasoning(TypedDict, total=False):
    context: Literal["all_turns", "auto", "current_turn"] | None
    effort: Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"] | None
    generate_summary: Literal["auto", "concise", "detailed"] | None
    mode: str | Literal["pro", "standard"]
    summary: Literal["auto", "concise", "detailed"] | None
