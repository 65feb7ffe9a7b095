"""One turn of the stand-in: the conversation so far in, the output items and usage counts out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .model_standin import (
    MESSAGE_OVERHEAD_TOKENS,
    cited_answer,
    count_tokens,
    plain_answer,
    queries_for,
    search_stores,
)
from .response_body import usage
from .response_request import Ask, messages_text
from .state import State

__all__ = ["Turn", "count_input", "run"]


@dataclass(frozen=True)
class Turn:
    output: list[dict[str, Any]]
    usage: dict[str, Any]


def count_input(conversation: list[dict[str, Any]], instructions: str | None) -> int:
    """Input tokens of a conversation: each message's words and its chat-format overhead, and
    the instructions as one more message. The same conversation always counts the same."""
    texts = messages_text(conversation) + ([instructions] if instructions else [])
    return sum(count_tokens(text) + MESSAGE_OVERHEAD_TOKENS for text in texts)


def run(state: State, ask: Ask, conversation: list[dict[str, Any]], new_id: Callable[[str], str]) -> Turn:
    """Answer the last user message of ``conversation`` (earlier turns included): with the
    file_search tool, a ``file_search_call`` then a cited message; without, a message saying it
    comes from the emulator. Retrieved passages count as input, search queries as output."""
    asked = messages_text(conversation, "user")
    question = asked[-1] if asked else ""
    input_tokens = count_input(conversation, ask.body.get("instructions"))
    output: list[dict[str, Any]] = []
    output_tokens = 0
    tool = ask.file_search
    if tool is not None:
        queries = queries_for(question)
        passages = search_stores(state, tool, queries)
        for store_id in tool["vector_store_ids"]:
            state.touch(store_id)  # a search is activity: it moves last_active_at (and expiry)
        output.append(
            {
                "id": new_id("fs"),
                "type": "file_search_call",
                "status": "completed",
                "queries": queries,
                "results": [passage.result() for passage in passages] if ask.with_results else None,
            }
        )
        input_tokens += sum(count_tokens(passage.text) for passage in passages)
        output_tokens += sum(count_tokens(query) for query in queries)
        text, annotations = cited_answer(question, passages)
    else:
        text, annotations = plain_answer(question), []
    output_tokens += count_tokens(text)
    output.append(
        {
            "id": new_id("msg"),
            "type": "message",
            "status": "completed",
            "content": [{"type": "output_text", "annotations": annotations, "logprobs": [], "text": text}],
            "role": "assistant",
        }
    )
    return Turn(output, usage(input_tokens, output_tokens))
