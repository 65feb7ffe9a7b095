# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCallParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.computer_action_param import ComputerActionParam

__all__ = ["ResponseComputerToolCallParam", "PendingSafetyCheck"]


class ResponseComputerToolCallParam(TypedDict, total=False):
    """A tool call to a computer use tool. See the [computer use guide](/docs/guides/tools-computer-use) for more
    information.
    """

    call_id: Required[str]
    """An identifier used when responding to the tool call with output."""
    id: Required[str]
    """The unique ID of the computer call."""
    pending_safety_checks: Required[Iterable[PendingSafetyCheck]]
    """The pending safety checks for the computer call."""
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
    API.
    """
    type: Required[Literal["computer_call"]]
    """The type of the computer call. Always `computer_call`."""
    action: ComputerActionParam
    actions: Iterable[ComputerActionParam]
    """Flattened batched actions for `computer_use`. Each action includes an `type` discriminator and action-specific
    fields.
    """


class PendingSafetyCheck(TypedDict, total=False):
    """A pending safety check for the computer call."""

    id: Required[str]
    """The ID of the pending safety check."""
    code: str | None
    """The type of the pending safety check."""
    message: str | None
    """Details about the pending safety check."""
