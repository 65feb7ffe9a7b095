# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceAllowedParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from typing_extensions import Required, TypedDict

__all__ = ["ToolChoiceAllowedParam"]


class ToolChoiceAllowedParam(TypedDict, total=False):
    """Constrains the tools available to the model to a pre-defined set."""

    mode: Required[Literal["auto", "required"]]
    """Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a message.

    `required` requires the model to call one or more of the allowed tools.
    """
    tools: Required[Iterable[dict[str, Any]]]
    """A list of tool definitions that the model should be allowed to call.

    For the Responses API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "name": "get_weather" },
      { "type": "mcp", "server_label": "deepwiki" },
      { "type": "image_generation" }
    ]
    ```
    """
    type: Required[Literal["allowed_tools"]]
    """Allowed tool configuration type. Always `allowed_tools`."""
