# Generated from openapi.yaml by make generate; do not edit.
"""``InputItemListParams``: the parameters of ``client.responses.input_items.list()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import TypedDict

__all__ = ["InputItemListParams"]


class InputItemListParams(TypedDict, total=False):
    after: str
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
    limit: int
    order: Literal["asc", "desc"]
