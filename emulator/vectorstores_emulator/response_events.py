"""The stream of events for a response, in the order and shape the real API streams them
(``ResponsesToolTests__FileSearchCallStreaming``): created, (queued,) in_progress, then for each
output item its added/progress/done events, the text as deltas with each citation's
``annotation.added`` right after the delta that reaches its ``index``, and completed.
``sequence_number`` counts from 0."""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Callable
from typing import Any

__all__ = ["events_for", "text_deltas"]

_PIECE = re.compile(r"\s*(?:[^\W_]+|_+|[^\w\s])|\s+")
_BASE62 = string.ascii_letters + string.digits
# Upstream pads each delta with an ``obfuscation`` string so that every delta event has about
# the same size on the wire (delta + obfuscation = 16 characters in the recordings).
_PADDED_LENGTH = 16


def text_deltas(text: str) -> list[str]:
    """The text in word-sized pieces with their leading spaces, as a model streams tokens."""
    pieces = _PIECE.findall(text)
    return pieces if "".join(pieces) == text and pieces else [text]


def _obfuscation(response_id: str, sequence: int, delta: str) -> str:
    digest = hashlib.sha256(f"{response_id}:{sequence}".encode()).digest()
    length = max(1, _PADDED_LENGTH - len(delta))
    return "".join(_BASE62[digest[i % len(digest)] % 62] for i in range(length))


def events_for(
    final: dict[str, Any],
    at: Callable[[str], dict[str, Any]],
    *,
    queued: bool = False,
    obfuscate: bool = True,
) -> list[dict[str, Any]]:
    """Every event of a finished response ``final``; ``at(status)`` is the response as it stood
    in that status, with no output yet. A background response starts ``queued``."""
    events: list[dict[str, Any]] = []

    def emit(kind: str, **fields: Any) -> None:
        events.append({"type": kind, **fields, "sequence_number": len(events)})

    emit("response.created", response=at("queued" if queued else "in_progress"))
    if queued:
        emit("response.queued", response=at("queued"))
    emit("response.in_progress", response=at("in_progress"))
    for index, item in enumerate(final["output"]):
        if item["type"] == "file_search_call":
            started = {**item, "status": "in_progress", "queries": [], "results": None}
            emit("response.output_item.added", item=started, output_index=index)
            for step in ("in_progress", "searching", "completed"):
                emit(f"response.file_search_call.{step}", item_id=item["id"], output_index=index)
            emit("response.output_item.done", item=item, output_index=index)
        elif item["type"] == "message":
            emit(
                "response.output_item.added", item={**item, "status": "in_progress", "content": []}, output_index=index
            )
            for part_index, part in enumerate(item["content"]):
                _text_part(emit, final["id"], item["id"], index, part_index, part, obfuscate=obfuscate, events=events)
            emit("response.output_item.done", item=item, output_index=index)
    # Upstream's closing event carries the response without the ``billing`` its JSON has.
    closing = {key: value for key, value in final.items() if key != "billing"}
    emit("response.completed" if final["status"] == "completed" else f"response.{final['status']}", response=closing)
    return events


def _text_part(
    emit: Callable[..., None],
    response_id: str,
    item_id: str,
    output_index: int,
    content_index: int,
    part: dict[str, Any],
    *,
    obfuscate: bool,
    events: list[dict[str, Any]],
) -> None:
    where = {"item_id": item_id, "output_index": output_index}
    empty = {**part, "annotations": [], "logprobs": [], "text": ""}
    emit("response.content_part.added", content_index=content_index, **where, part=empty)
    annotations = list(enumerate(part.get("annotations", [])))
    written = 0
    for delta in text_deltas(part["text"]):
        extra = {"obfuscation": _obfuscation(response_id, len(events), delta)} if obfuscate else {}
        emit("response.output_text.delta", content_index=content_index, delta=delta, **where, logprobs=[], **extra)
        written += len(delta)
        while annotations and annotations[0][1].get("index", 0) <= written:
            number, annotation = annotations.pop(0)
            emit(
                "response.output_text.annotation.added",
                annotation=annotation,
                annotation_index=number,
                content_index=content_index,
                **where,
            )
    emit("response.output_text.done", content_index=content_index, **where, logprobs=[], text=part["text"])
    emit("response.content_part.done", content_index=content_index, **where, part=part)
