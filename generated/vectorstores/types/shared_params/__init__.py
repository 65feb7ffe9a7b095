# Generated from openapi.yaml by make generate; do not edit.
"""The API's object and request types of ``client.shared_params`` and the resources below it, under openai-python's names."""

from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter
from .reasoning import Reasoning
from .response_format_json_object import ResponseFormatJSONObject
from .response_format_text import ResponseFormatText

__all__ = [
    "ComparisonFilter",
    "CompoundFilter",
    "Reasoning",
    "ResponseFormatJSONObject",
    "ResponseFormatText",
]
