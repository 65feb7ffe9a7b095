# Generated from openapi.yaml by make generate; do not edit.
"""``InputItemListParams``: the parameters of ``client.responses.input_items.list()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import TypedDict

__all__ = ["InputItemListParams"]


class InputItemListParams(TypedDict, total=False):
    after: str
    """An item ID to list items after, used in pagination."""
    include: Iterable[
        Literal[
            "code_interpreter_call.outputs",
            "computer_call_output.output.image_url",
            "file_search_call.results",
            "message.input_image.image_url",
            "message.output_text.logprobs",
            "reasoning.encrypted_content",
            "web_search_call.action.sources",
            "web_search_call.results",
        ]
    ]
    """Additional fields to include in the response. See the `include` parameter for Response creation above for more
    information.
    """
    limit: int
    """A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20."""
    order: Literal["asc", "desc"]
    """The order to return the input items in. Default is `desc`.

    - `asc`: Return the input items in ascending order.
    - `desc`: Return the input items in descending order.
    """
