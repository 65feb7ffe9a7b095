# Generated from openapi.yaml by make generate; do not edit.
"""``SearchAction`` and the types its fields name."""

from vectorstores_raw.models import SearchAction, SearchActionType, SearchActionWebSearchSource

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Source = SearchActionWebSearchSource

__all__ = [
    "SearchAction",
    "SearchActionType",
    "SearchActionWebSearchSource",
    "Source",
]
