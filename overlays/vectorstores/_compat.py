"""What openai-python's ``openai._compat`` offers over pydantic, for our models (which are not
pydantic's): their fields and each field's type."""

from __future__ import annotations

from typing import Any

__all__ = ["PYDANTIC_V1", "field_outer_type", "get_model_fields"]

PYDANTIC_V1 = False  # our models follow pydantic 2's interface where they share one


def get_model_fields(model: type[Any]) -> dict[str, Any]:
    """Field name -> field (with ``.annotation``) of a model or page class."""
    return dict(model.model_fields)


def field_outer_type(field: Any) -> Any:
    return field.annotation
