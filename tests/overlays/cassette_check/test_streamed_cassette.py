"""The suite's streamed file-search cassette is read event by event: a copy with one bad event
planted in the recorded event stream is reported once more than the original, at that event."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vectorstores._cassette_check import check_paths, shipped_document

from .support import SUITE, dump, load

CASSETTE = "responses_file_search-sync.yaml"


def _streamed(cassette: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """The 1-based number and the interaction of the first text/event-stream answer."""
    for number, interaction in enumerate(cassette["interactions"], 1):
        if "text/event-stream" in interaction["response"]["headers"]["content-type"][0]:
            return number, interaction
    raise LookupError("no streamed answer in the cassette")


def _retype(event: dict[str, Any]) -> None:
    event["output_index"] = "first"


def _drop(event: dict[str, Any]) -> None:
    del event["delta"]


@pytest.mark.parametrize(
    ("plant", "field", "said"),
    [(_retype, "output_index", "is not of type 'integer'"), (_drop, "delta", "required property missing")],
    ids=["retyped", "dropped"],
)
def test_a_bad_event_in_a_recorded_stream_is_reported_at_that_event(
    tmp_path: Path, plant: Callable[[dict[str, Any]], None], field: str, said: str
) -> None:
    cassette = load(SUITE / CASSETTE)
    number, interaction = _streamed(cassette)
    blocks = interaction["response"]["body"]["text"].split("\n\n")
    events = [block for block in blocks if block.strip()]
    assert len(events) > 20  # the whole stream was recorded, not its first piece
    # The third text delta: an event in the middle of the stream, neither first nor last.
    index, block = [(i, b) for i, b in enumerate(events) if b.startswith("event: response.output_text.delta\n")][2]
    kind, data = block.split("\n", 1)
    event = json.loads(data.removeprefix("data: "))
    plant(event)
    events[index] = f"{kind}\ndata: {json.dumps(event)}"
    interaction["response"]["body"]["text"] = "\n\n".join(events) + "\n\n"

    document = shipped_document()
    before = {v.line().split(" ", 1)[1] for v in check_paths([SUITE / CASSETTE], document).violations}
    planted = dump(cassette, tmp_path / CASSETTE)
    after = check_paths([planted], document)
    new = [v for v in after.violations if v.line().split(" ", 1)[1] not in before]
    assert [(v.number, v.where) for v in new] == [(number, f"response.event[{index}].{field}")]
    assert said in new[0].expected
