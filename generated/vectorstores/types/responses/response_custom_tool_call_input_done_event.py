# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallInputDoneEvent``: openai-python's name for ``ResponseCustomToolCallInputDone``."""

from vectorstores_raw.models import ResponseCustomToolCallInputDone as ResponseCustomToolCallInputDoneEvent

__all__ = ["ResponseCustomToolCallInputDoneEvent"]
