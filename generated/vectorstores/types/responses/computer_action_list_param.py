# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerActionListParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.responses.computer_action_param import ComputerActionParam

__all__ = ["ComputerActionListParam"]

ComputerActionListParam: TypeAlias = list[ComputerActionParam]
