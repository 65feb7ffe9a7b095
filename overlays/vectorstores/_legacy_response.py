"""openai-python's module name for the read response and binary content classes."""

from ._response import HttpxBinaryResponseContent, LegacyAPIResponse

__all__ = ["HttpxBinaryResponseContent", "LegacyAPIResponse"]
