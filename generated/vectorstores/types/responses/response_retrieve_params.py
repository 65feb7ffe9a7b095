# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseRetrieveParams``: the parameters of ``client.responses.retrieve()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import TypedDict

__all__ = ["ResponseRetrieveParams"]


class ResponseRetrieveParams(TypedDict, total=False):
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
    include_obfuscation: bool
    """When true, stream obfuscation will be enabled. Stream obfuscation adds random characters to an `obfuscation`
    field on streaming delta events to normalize payload sizes as a mitigation to certain side-channel attacks. These
    obfuscation fields are included by default, but add a small amount of overhead to the data stream. You can set
    `include_obfuscation` to false to optimize for bandwidth if you trust the network links between your application
    and the OpenAI API.
    """
    starting_after: int
    """The sequence number of the event after which to start streaming."""
    stream: bool
    """If set to true, the model response data will be streamed to the client as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
    """
