"""Case 10, streams: a recorded Responses event stream parsed, its first event's latency over a
socket, memory against stream length, and a non-streamed file-search ``Response`` parsed.

The stream is the recorded file-search answer of ../shared/responses-traffic (read where it is),
its text deltas repeated to 2,000 events. Parsing runs each SDK's own stream class over the same
bytes, in 16 KiB pieces as a socket hands them over: ours ``Stream`` with the generated event
union, openai's ``Stream`` with its ``ResponseStreamEvent``. Raw is httpx2's ``iter_lines`` and
``json.loads`` of each ``data:`` line.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

from ..measure import stopwatch
from ..payloads import API_KEY, file_search_response, response_stream
from ..results import Measurement, Row, median_of, paired_ratio
from ..runner import Bench
from ..server import serving
from .common import Side, vs_openai_row

__all__ = ["SIDES", "run"]

PIECE = 16 * 1024
HEADERS = {"content-type": "text/event-stream"}


def _responses(body: bytes) -> Callable[[], Any]:
    """A fresh unread httpx2 response serving ``body`` in pieces, per call."""
    import httpx2

    pieces = [body[i : i + PIECE] for i in range(0, len(body), PIECE)]

    class Pieces(httpx2.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            return iter(pieces)

    request = httpx2.Request("POST", "http://bench.invalid/v1/responses")
    return lambda: httpx2.Response(200, headers=HEADERS, stream=Pieces(), request=request)


def _ours_stream() -> Callable[[Any], Any]:
    from vectorstores import Stream
    from vectorstores_raw.models.response_stream_event import parse_response_stream_event

    return lambda response: Stream(response=response, parse_event=parse_response_stream_event)


def _openai_stream() -> Callable[[Any], Any]:
    import openai
    from openai.types.responses import ResponseStreamEvent

    client = openai.OpenAI(api_key=API_KEY, base_url="http://bench.invalid/v1")
    event_type: Any = ResponseStreamEvent  # a union: openai casts each event to it
    return lambda response: openai.Stream(cast_to=event_type, response=response, client=client)


def _raw_stream() -> Callable[[Any], Any]:
    def events(response: Any) -> Iterator[Any]:
        for line in response.iter_lines():
            if line.startswith("data:"):
                yield json.loads(line[5:])

    return events


_STREAMS = {"ours": _ours_stream, "openai": _openai_stream, "httpx2": _raw_stream}


def _parse_side(sdk: str) -> Side:
    def run(params: dict[str, Any]) -> Measurement:
        stream = _STREAMS[sdk]()
        fresh = _responses(response_stream(params["events"]))
        count = sum(1 for _ in stream(fresh()))  # warm-up: imports, caches
        with stopwatch() as watch:
            for _ in range(params["iterations"]):
                count = sum(1 for _ in stream(fresh()))
        assert count == params["events"], count
        peaks = {}
        for events in (params["events"], params["events"] * 10):
            response = _responses(response_stream(events))()
            tracemalloc.start()
            sum(1 for _ in stream(response))
            peaks[events] = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        return {
            "seconds": watch.seconds,
            "cpu_seconds": watch.cpu_seconds,
            "peak_short": peaks[params["events"]],
            "peak_long": peaks[params["events"] * 10],
        }

    return run


def _first_event_side(sdk: str) -> Side:
    """Send the request, take the first event: many times over one keep-alive connection (the
    rest of each stream is read after the clock, so the connection can be reused)."""

    def run(params: dict[str, Any]) -> Measurement:
        import time

        first: Callable[[], Any]
        if sdk == "httpx2":
            import httpx2

            http = httpx2.Client(base_url=params["base_url"], headers={"Authorization": f"Bearer {API_KEY}"})
            body = {"model": "gpt-4o-mini", "input": "hi", "stream": True}

            def first() -> Any:
                with http.stream("POST", "/responses", json=body) as response:
                    response.raise_for_status()
                    lines = response.iter_lines()
                    event = next(json.loads(line[5:]) for line in lines if line.startswith("data:"))
                    took = time.perf_counter()
                    for _ in lines:  # the rest, so the connection is reused
                        pass
                    return event, took
        else:
            module = __import__("vectorstores" if sdk == "ours" else "openai")
            client = module.OpenAI(api_key=API_KEY, base_url=params["base_url"])

            def first() -> Any:
                with client.responses.create(model="gpt-4o-mini", input="hi", stream=True) as stream:
                    event = next(stream)
                    took = time.perf_counter()
                    for _ in stream:
                        pass
                    return event, took

        for _ in range(params["warmup"]):
            first()
        latencies = []
        for _ in range(params["calls"]):
            started = time.perf_counter()
            _, took = first()
            latencies.append(took - started)
        latencies.sort()
        return {"seconds": latencies[len(latencies) // 2], "mean": sum(latencies) / len(latencies)}

    return run


def _response_side(sdk: str) -> Side:
    def run(params: dict[str, Any]) -> Measurement:
        body = file_search_response()
        if sdk == "ours":
            from vectorstores_raw.models.response import Response

            parse: Callable[[], Any] = lambda: Response.from_dict(json.loads(body))  # noqa: E731
        elif sdk == "openai":
            from openai._models import construct_type
            from openai.types.responses import Response as OpenAIResponse

            parse = lambda: construct_type(type_=OpenAIResponse, value=json.loads(body))  # noqa: E731
        else:
            parse = lambda: json.loads(body)  # noqa: E731
        parse()
        with stopwatch() as watch:
            for _ in range(params["iterations"]):
                parse()
        return {"seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds}

    return run


SIDES: dict[str, Side] = {}
for _sdk in ("ours", "openai", "httpx2"):
    SIDES[f"parse-{_sdk}"] = _parse_side(_sdk)
    SIDES[f"first-{_sdk}"] = _first_event_side(_sdk)
    SIDES[f"response-{_sdk}"] = _response_side(_sdk)
SIDES["ours"] = SIDES["parse-ours"]  # what a missed target's profile runs
SIDES_NAMES = ("ours", "openai", "httpx2")


def _alternate(bench: Bench, kind: str, params: dict[str, Any], reps: int) -> dict[str, list[Measurement]]:
    results = bench.alternate("stream", params, [f"{kind}-{side}" for side in SIDES_NAMES], reps)
    return {side: results[f"{kind}-{side}"] for side in SIDES_NAMES}


def run(bench: Bench) -> list[Row]:
    rows: list[Row] = []
    events = 200 if bench.quick else 2000
    iterations = 2 if bench.quick else 20
    parse_params = {"events": events, "iterations": iterations}
    parsed = _alternate(bench, "parse", parse_params, bench.reps(3))
    ours, theirs, raw = (median_of(parsed[side], "seconds") / iterations * 1e3 for side in SIDES_NAMES)
    row = vs_openai_row(
        10,
        "10a",
        f"Parse a recorded {events:,}-event Responses stream ({iterations} times)",
        "ms/stream",
        ours,
        theirs,
        raw,
        0.5,
        ratio=paired_ratio(parsed, "ours", "openai"),
        short="parse an event stream",
    )
    row.notes.append("raw = httpx2 `iter_lines` + `json.loads` of each data line; 16 KiB pieces")
    rows.append(row)

    short, long = (median_of(parsed["ours"], key) / 1e6 for key in ("peak_short", "peak_long"))
    their_short, their_long = (median_of(parsed["openai"], key) / 1e6 for key in ("peak_short", "peak_long"))
    memory = Row(
        case=10,
        key="10b",
        title=f"Peak memory reading {events * 10:,} events against {events:,} (tracemalloc)",
        unit="MB at 10x",
        ours=long,
        openai=their_long,
        raw=None,
        ratio=long / short,
        ratio_name="ours peak at 10x events / at 1x",
        limit=1.5,
        target="≤ 1.5",
        ours_limit=1.5 * short,
        short="stream memory vs length",
    )
    memory.notes.append(
        f"peak while reading: ours {short:.3f} MB at {events:,} events, {long:.3f} MB at {events * 10:,}; "
        f"openai {their_short:.3f} MB and {their_long:.3f} MB"
    )
    rows.append(memory)

    calls = 20 if bench.quick else 500
    with serving() as base_url:
        params = {"base_url": base_url, "calls": calls, "warmup": 3 if bench.quick else 50}
        latency = _alternate(bench, "first", params, bench.reps(4))
    ours, theirs, raw = (median_of(latency[side], "seconds") * 1e3 for side in SIDES_NAMES)
    first = Row(
        case=10,
        key="10c",
        title=f"Time to first event over a socket (median of {calls} streamed create calls)",
        unit="ms",
        ours=ours,
        openai=theirs,
        raw=raw,
        ratio=ours - raw,
        ratio_name="ours - httpx2 (ms)",
        limit=1.0,
        target="≤ httpx2 + 1 ms",
        ours_limit=raw + 1.0,
        short="time to first event",
    )
    first.notes.append("raw = httpx2 `stream()` + `iter_lines` to the first data line; one keep-alive connection")
    rows.append(first)

    iterations = 20 if bench.quick else 2000
    answered = _alternate(bench, "response", {"iterations": iterations}, bench.reps(3))
    ours, theirs, raw = (median_of(answered[side], "seconds") / iterations * 1e6 for side in SIDES_NAMES)
    rows.append(
        vs_openai_row(
            10,
            "10d",
            f"Parse the recorded file-search Response ({iterations:,} times)",
            "µs/response",
            ours,
            theirs,
            raw,
            0.3,
            ratio=paired_ratio(answered, "ours", "openai"),
            short="parse a file-search Response",
        )
    )
    bench.attach_profiles(rows[:1], lambda: bench.profile("stream", parse_params))
    return rows
