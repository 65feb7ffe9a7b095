# Generated from openapi.yaml by make generate; do not edit.
"""The API's object and request types of ``client.shared`` and the resources below it, under openai-python's names."""

from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter
from .metadata import Metadata
from .reasoning import Reasoning
from .response_format_json_object import ResponseFormatJSONObject
from .response_format_text import ResponseFormatText
from .responses_model import ResponsesModel

__all__ = [
    "ComparisonFilter",
    "CompoundFilter",
    "Metadata",
    "Reasoning",
    "ResponseFormatJSONObject",
    "ResponseFormatText",
    "ResponsesModel",
]
