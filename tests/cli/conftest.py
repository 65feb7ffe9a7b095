"""The command line against an emulator of its own, served in this process over a real socket.

``run("search", "docs", "refunds")`` invokes the click command with click's test runner, with
``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` pointing at the emulator; each test starts from an
empty emulator, and every answer the CLI caused is checked against the API's document.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from vectorstores import OpenAI
from vectorstores.cli.commands import cli

from tests.emulator.conftest import Control, Served, fresh, serve, stop

__all__ = ["API_KEY", "Control", "Run", "Served", "closed_port", "invoker", "one_line_error", "write_files"]

API_KEY = "sk-cli-test-key"
# Short, so tests wait little for indexing, yet long enough to see files "in_progress".
PROCESSING_DELAY_MS = 20

Run = Callable[..., Result]

# Environment that would change how rich renders (a CI may set any of these).
_RENDERING = ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES", "TERM")


@pytest.fixture(autouse=True)
def ctrl_c_is_heard() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt here, as in a terminal, even when the runner was started
    in the background of a shell, which leaves SIGINT ignored (and so would every child)."""
    before = signal.getsignal(signal.SIGINT)
    if before is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    if before is signal.SIG_IGN:
        signal.signal(signal.SIGINT, before)


@pytest.fixture(scope="session")
def cli_server() -> Iterator[Served]:
    running = serve(api_key=API_KEY, processing_delay_ms=PROCESSING_DELAY_MS)
    yield running
    stop(running)


@pytest.fixture
def server(cli_server: Served) -> Iterator[Served]:
    """The emulator, emptied (state, faults, request log) for this test."""
    with fresh(cli_server) as running:
        yield running


@pytest.fixture
def control(server: Served) -> Iterator[Control]:
    handle = Control(server.root, API_KEY)
    yield handle
    handle.http.close()


@pytest.fixture
def client(server: Served) -> Iterator[OpenAI]:
    """The SDK, to set up state and to check what the CLI left behind."""
    with OpenAI(api_key=API_KEY, base_url=server.base_url, max_retries=0) as sdk:
        yield sdk


def invoker(monkeypatch: pytest.MonkeyPatch, base_url: str) -> Run:
    """``invoke(*args)``: run ``vectorstores ARGS...`` in this process against ``base_url``, with
    rendering left to rich's own detection; ``input`` answers prompts, ``env`` adds variables."""
    for name in _RENDERING:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: Mapping[str, str | None] | None = None) -> Result:
        return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def run(server: Served, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Invoke the CLI against the emulator, emptied for this test."""
    return invoker(monkeypatch, server.base_url)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Run:
    """Invoke the CLI against a port nothing listens on: a command that sent anything would end
    with "cannot reach", so one that ends otherwise sent nothing."""
    return invoker(monkeypatch, f"http://127.0.0.1:{closed_port()}/v1")


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def write_files(folder: Path, files: Mapping[str, str | bytes]) -> Path:
    """Create ``files`` (relative path -> content) under ``folder``."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def one_line_error(result: Result) -> str:
    """The error line of a failed command, checking that it is the only thing on stderr."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{result.stderr}"
    assert lines[0].startswith("error: "), lines[0]
    assert "Traceback" not in result.output
    return lines[0]
