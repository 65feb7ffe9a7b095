"""Names openai-python keeps in ``openai._types``, for code written against it."""

from __future__ import annotations

from vectorstores_raw.types import NOT_GIVEN, NotGiven, Omit, omit

from ._uploads import FileTypes

NoneType = type(None)

__all__ = ["NOT_GIVEN", "FileTypes", "NoneType", "NotGiven", "Omit", "omit"]
