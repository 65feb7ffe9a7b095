"""The benchmarks kept working: every case once, tiny, for both SDKs, and the report they feed.

No timing is asserted here (a test machine's speed proves nothing); only that each case runs end
to end and produces well-formed numbers.
"""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

import pytest

pytest.importorskip("openai", reason="the benchmarks compare with openai: install the bench extra (make install)")
pytest.importorskip("matplotlib", reason="the benchmark chart needs matplotlib: install the bench extra")

from benchmarks import payloads
from benchmarks.__main__ import main
from benchmarks.cases import CASES, load
from benchmarks.report import environment, write_chart, write_markdown
from benchmarks.results import Row, paired, paired_ratio
from benchmarks.runner import Bench, top_of
from benchmarks.server import CannedRoutes, _Connection


def _well_formed(row: Row, case: int) -> None:
    assert row.case == case and row.key.startswith(str(case))
    for value in (row.ours, row.openai, row.limit):
        assert isinstance(value, float | int) and math.isfinite(value) and value > 0, (row.key, value)
    # At quick sizes an overhead ratio such as 2a's may come out negative or unbounded (openai no
    # slower than raw httpx2 in 50 calls): a number all the same, never NaN.
    assert isinstance(row.ratio, float) and not math.isnan(row.ratio), (row.key, row.ratio)
    assert math.isfinite(row.ours_limit), (row.key, row.ours_limit)
    assert row.raw is None or (math.isfinite(row.raw) and row.raw > 0)
    assert row.unit and row.title and row.target and row.ratio_name
    assert isinstance(row.met, bool)


@pytest.mark.parametrize("number", sorted(CASES))
def test_each_case_runs_once_for_both_sdks(number: int) -> None:
    if CASES[number] == "stream" and not payloads.RESPONSES_TRAFFIC.is_dir():
        pytest.skip(f"case 10 streams recorded answers: none at {payloads.RESPONSES_TRAFFIC}")
    bench = Bench(quick=True, profile_misses=False, log=lambda message: None)
    rows = load(number).run(bench)
    assert rows
    for row in rows:
        _well_formed(row, number)
    assert bench.runs >= 2  # at least one run of each SDK, each in its own process


def test_schedule_alternates_the_sides() -> None:
    assert Bench.schedule(("ours", "openai"), 3) == ["ours", "openai", "openai", "ours", "ours", "openai"]
    assert Bench(quick=True).reps(15) == 1 and Bench().reps(15) == 15


def test_ratios_are_paired_within_each_repetition() -> None:
    # The machine slows down tenfold in the second repetition; each repetition alone says 0.5.
    results = {
        "ours": [{"seconds": 1.0}, {"seconds": 10.0}, {"seconds": 1.0}],
        "openai": [{"seconds": 2.0}, {"seconds": 20.0}, {"seconds": 2.0}],
    }
    assert paired_ratio(results, "ours", "openai") == 0.5
    assert paired(results, lambda runs: runs["openai"]["seconds"] - runs["ours"]["seconds"]) == 1.0
    assert paired_ratio({"ours": [{"seconds": 1.0}], "openai": [{"seconds": 0.0}]}, "ours", "openai") == math.inf


def test_a_profile_of_our_side_comes_from_the_measured_block() -> None:
    text = Bench(quick=True).profile("parse", {"iterations": 20, "items": 100, "results": 50})
    assert "_ours" in text and "from_dict" in text
    assert len(text.splitlines()) <= 45


def test_top_of_drops_the_banner() -> None:
    profile = "  _     ._   __/__\n /_//_/// /_\\\n\nProfile at x.py:1\n\n1.0 f  x.py:2\n"
    assert top_of(profile) == "Profile at x.py:1\n1.0 f  x.py:2"


def _rows() -> list[Row]:
    met = Row(3, "3", "Parse", "µs", 100.0, 400.0, 20.0, 0.25, "ours / openai", 0.5, "≤ 0.5", 200.0, short="parse")
    missed = Row(6, "6a", "Batch", "s", 4.0, 4.0, None, 1.0, "ours / openai", 0.5, "≤ 0.5", 2.0, profile="f  x.py:1")
    return [met, missed]


def test_report_has_the_run_the_table_the_chart_and_the_misses(tmp_path: Path) -> None:
    chart = tmp_path / "charts" / "ratios.png"
    output = tmp_path / "BENCHMARKS.md"
    write_chart(chart, _rows())
    assert chart.read_bytes().startswith(b"\x89PNG")
    here = environment()
    write_markdown(output, _rows(), [], chart, here, here, 12.0, False, 4)
    text = output.read_text(encoding="utf-8")
    assert f"openai {here.packages['openai']}" in text
    assert f"Python: {here.python}" in text
    assert "| case | ours | openai | raw httpx2 | ratio | target | met |" in text
    assert "](charts/ratios.png)" in text
    assert "1 of 2 targets met." in text
    assert "### 6a. Batch" in text and "DEFAULT_CONCURRENCY" in text and "f  x.py:1" in text


def test_the_command_writes_report_and_chart(tmp_path: Path) -> None:
    output, chart = tmp_path / "B.md", tmp_path / "r.png"
    assert main(["--quick", "--only", "3", "--output", str(output), "--chart", str(chart)]) == 0
    assert "| 3. Parse" in output.read_text(encoding="utf-8")
    assert chart.exists()


def test_canned_routes() -> None:
    routes = CannedRoutes(pages=3, page_size=10)
    assert routes.answer("GET", "/v1/vector_stores/vs_x").endswith(b"}")
    assert b'"has_more":true' in routes.answer("GET", "/v1/vector_stores/vs/files?limit=10")
    last = routes.answer("GET", "/v1/vector_stores/vs/files?limit=10&after=file-bench000019")
    assert b'"has_more":false' in last and b"file-bench000029" in last
    assert routes.answer("GET", "/v1/vector_stores/vs/files?after=file-nope") == routes.not_found
    assert b'"object":"file"' in routes.answer("POST", "/v1/files")
    assert b"search_results" in routes.answer("POST", "/v1/vector_stores/vs/search")
    assert routes.answer("DELETE", "/v1/vector_stores/vs") == routes.not_found


class _Transport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[bytes] = []
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.sent.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed


def test_the_server_drops_bodies_of_both_kinds_and_answers_each_request() -> None:
    routes = CannedRoutes(pages=1, page_size=1)
    connection = _Connection(routes)
    transport = _Transport()
    connection.connection_made(transport)
    sized = b"POST /v1/files HTTP/1.1\r\ncontent-length: 10\r\n\r\n0123456789"
    chunked = (
        b"POST /v1/files HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\n"
        b"5\r\nhello\r\n3;ext=1\r\nabc\r\n0\r\nx-trailer: 1\r\n\r\n"
    )
    plain = b"GET /v1/vector_stores/vs HTTP/1.1\r\nconnection: close\r\n\r\n"
    stream = sized + chunked + plain
    for start in range(0, len(stream), 7):  # arbitrary splits, as TCP may deliver them
        connection.data_received(stream[start : start + 7])
    assert transport.sent == [routes.upload, routes.upload, routes.store]
    assert transport.closed
