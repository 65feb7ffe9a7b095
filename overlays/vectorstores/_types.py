"""Names openai-python keeps in ``openai._types``, for code (and type checkers) written against it."""

from __future__ import annotations

from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, SequenceNotStr, omit

from ._uploads import FileContent, FileTypes

NoneType = type(None)

__all__ = [
    "NOT_GIVEN",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "NoneType",
    "NotGiven",
    "Omit",
    "Query",
    "SequenceNotStr",
    "omit",
]
