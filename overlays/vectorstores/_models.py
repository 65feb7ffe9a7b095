"""``BaseModel`` as openai-python's ``openai._models`` names it: what every API object (and
every page) is, for ``isinstance``/``issubclass`` checks written against openai-python."""

from __future__ import annotations

import abc
from collections.abc import Mapping
from typing import TypeVar, cast

from vectorstores_raw.base_model import BaseModel as _GeneratedModel

from .pagination import _BasePage

_T = TypeVar("_T")

__all__ = ["BaseModel", "construct_type_unchecked"]


class BaseModel(abc.ABC):  # noqa: B024 - a marker: the generated models and pages register with it
    """Every generated model and every page is one (registered, not inherited: the models are
    attrs classes made by the generator, the pages plain classes)."""


BaseModel.register(_GeneratedModel)
BaseModel.register(_BasePage)


def construct_type_unchecked(*, value: object, type_: type[_T]) -> _T:
    """``value`` read as ``type_`` the lenient way the SDK reads answers (no validation)."""
    from_dict = getattr(type_, "from_dict", None)
    if callable(from_dict) and isinstance(value, Mapping):
        return cast(_T, from_dict(value))
    return cast(_T, value)
