"""The reliability suite: the SDK against the emulator's real sockets with faults injected, bad
input, secrets, load. Each check adds a row (case, expected, observed) to the report that
``make reliability`` writes into RELIABILITY.md; ``make test`` runs the fast part (not ``slow``).
"""

from __future__ import annotations

import os
import platform
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.emulator.conftest import API_KEY, Control, Served, fresh, serve, stop

__all__ = ["API_KEY", "Control", "Report", "Served"]

REPORT_PATH = os.environ.get("RELIABILITY_REPORT")  # set by make reliability


@dataclass(frozen=True)
class Row:
    area: str
    case: str
    expected: str
    observed: str
    passed: bool


_ROWS: list[Row] = []
_LOCK = threading.Lock()


class Report:
    """Rows of the reliability table; ``check`` records one and fails the test when it fails."""

    def __init__(self, area: str) -> None:
        self.area = area

    def check(self, case: str, expected: str, observed: str, passed: bool) -> None:
        with _LOCK:
            _ROWS.append(Row(self.area, case, expected, observed, passed))
        assert passed, f"{case}: expected {expected}, observed {observed}"


@pytest.fixture
def report(request: pytest.FixtureRequest) -> Report:
    """The report, filed under the test module's name (``test_faults`` -> ``faults``)."""
    return Report(request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_"))


@pytest.fixture(scope="session")
def reliable_server() -> Iterator[Served]:
    """An emulator of the suite's own (faults and logs are not shared with other suites)."""
    running = serve(api_key=API_KEY, processing_delay_ms=50)
    yield running
    stop(running)


@pytest.fixture
def server(reliable_server: Served) -> Iterator[Served]:
    """The suite's emulator, emptied (state, faults, request log) for this test. Faults make
    answers the document does not describe, so they are not checked against it here."""
    with fresh(reliable_server, check=False) as running:
        yield running


@pytest.fixture
def control(server: Served) -> Iterator[Control]:
    handle = Control(server.root)
    yield handle
    handle.http.close()


_STARTED = time.monotonic()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the table when asked (``RELIABILITY_REPORT``), grouped by area."""
    if not REPORT_PATH or not _ROWS:
        return
    rows = sorted(_ROWS, key=lambda row: row.area)
    failed = sum(not row.passed for row in rows)
    lines = [
        "# Reliability",
        "",
        "Written by `make reliability` (tests/reliability, against the emulator over loopback); do not edit.",
        "",
        f"- {len(rows)} checks, {len(rows) - failed} passing, {failed} failing; "
        f"{time.monotonic() - _STARTED:.0f} s on {platform.machine()}, "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs.",
        "",
        "| area | case | expected | observed | result |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {row.area} | {_cell(row.case)} | {_cell(row.expected)} | {_cell(row.observed)} | "
        f"{'pass' if row.passed else '**FAIL**'} |"
        for row in rows
    ]
    Path(REPORT_PATH).write_text("\n".join(lines) + "\n", encoding="utf-8")
