# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallInputDeltaEvent``: openai-python's name for ``ResponseCustomToolCallInputDelta``."""

from vectorstores_raw.models import ResponseCustomToolCallInputDelta as ResponseCustomToolCallInputDeltaEvent

__all__ = ["ResponseCustomToolCallInputDeltaEvent"]
