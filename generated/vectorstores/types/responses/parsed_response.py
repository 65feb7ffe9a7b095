# Generated from openapi.yaml by make generate; do not edit.
"""``ParsedContent``, ``ParsedResponse``, ``ParsedResponseFunctionToolCall``, ``ParsedResponseOutputItem``, ``ParsedResponseOutputMessage``, ``ParsedResponseOutputText``: what a hand-written helper answers with, defined in ``vectorstores.lib._parsing.parsed_response``."""

from vectorstores.lib._parsing.parsed_response import (
    ParsedContent,
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputItem,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
)

__all__ = [
    "ParsedContent",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputItem",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
]
