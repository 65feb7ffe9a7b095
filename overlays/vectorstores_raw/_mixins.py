"""Hand-written behaviour that generated models take on as a base class.

``generator/config.yaml`` names them under ``model_mixins``; the model's own fields stay
generated. Each mixin reads the fields leniently: an item parsed as an unknown kind, or kept as
the plain JSON the server sent, is read the same way as a typed one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["ResponseMixin"]


def _get(value: Any, key: str) -> Any:
    """A field of a model, of an unknown object kept with its data, or of a plain mapping."""
    if isinstance(value, Mapping):
        return value.get(key)
    return getattr(value, key, None)


def _items(value: Any) -> Iterable[Any]:
    return value if isinstance(value, list | tuple) else ()


class ResponseMixin:
    """What openai-python's ``Response`` offers beyond its fields."""

    __slots__ = ()

    @property
    def output_text(self) -> str:
        """The text of every ``output_text`` part of the answer's messages, joined in order
        (an empty string when the model wrote none, as for a bare tool call)."""
        parts = [
            _get(part, "text")
            for item in _items(_get(self, "output"))
            if _get(item, "type") == "message"
            for part in _items(_get(item, "content"))
            if _get(part, "type") == "output_text"
        ]
        return "".join(text for text in parts if isinstance(text, str))
