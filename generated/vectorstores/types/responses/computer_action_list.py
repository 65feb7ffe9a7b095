# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerActionList``: openai-python's name for ``list[ComputerAction]``."""

from typing import TypeAlias

from vectorstores_raw.models import ComputerAction

ComputerActionList: TypeAlias = list[ComputerAction]

__all__ = ["ComputerActionList"]
