# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchOutputNamespaceTool``: openai-python's name for ``NamespaceTool``."""

from vectorstores_raw.models import NamespaceTool as ToolSearchOutputNamespaceTool

__all__ = ["ToolSearchOutputNamespaceTool"]
