"""Run the emulator in a child process on a free loopback port, for as long as a block needs it.

Used by ``make demo``, the tests that restart it, and anything that must keep the server out of
its own process (benchmarks).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["EmulatorFailedToStart", "running", "serving_child"]


class EmulatorFailedToStart(RuntimeError):
    """The child server exited or stayed silent; its output is in the message."""


@contextmanager
def running(
    *args: str,
    data_dir: Path | None = None,
    startup_timeout: float = 30.0,
    quiet: bool = True,
) -> Iterator[str]:
    """Start ``python -m vectorstores_emulator`` with ``args`` and yield its base URL (with /v1)."""
    command = [sys.executable, "-m", "vectorstores_emulator", "--port", "0", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    with serving_child(command, startup_timeout=startup_timeout, quiet=quiet) as base_url:
        yield base_url


@contextmanager
def serving_child(
    command: list[str], *, startup_timeout: float = 30.0, quiet: bool = True, cwd: Path | None = None
) -> Iterator[str]:
    """Run a server ``command`` that takes ``--ready-file PATH`` and writes its base URL there once
    it listens; yield that URL with ``/v1`` added, and stop the server's process group after."""
    with tempfile.TemporaryDirectory(prefix="vectorstores-server-") as scratch:
        ready = Path(scratch) / "ready"
        log = Path(scratch) / "log"
        with log.open("wb") as output:
            child = subprocess.Popen(
                [*command, "--ready-file", str(ready)],
                stdout=output if quiet else None,
                stderr=subprocess.STDOUT if quiet else None,
                start_new_session=True,  # its own process group: stopping it stops everything it started
                cwd=cwd,
            )
        try:
            deadline = time.monotonic() + startup_timeout
            while not ready.exists():
                if child.poll() is not None or time.monotonic() > deadline:
                    raise EmulatorFailedToStart(log.read_text(errors="replace") if log.exists() else "no output")
                time.sleep(0.02)
            yield ready.read_text(encoding="utf-8").strip() + "/v1"
        finally:
            _stop(child)


def _stop(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is not None:
        return
    os.killpg(child.pid, signal.SIGTERM)
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
