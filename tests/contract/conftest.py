"""A Prism mock server built from openapi.yaml as patched (vectorstores_raw/openapi.json), and
clients that record what Prism thinks of each request.

Prism checks every request against the description and answers 422 with the list of
violations when one breaks it; that needs no option. In static mode (the default, no
``--dynamic``) its answers are the same on every run and take the first value of each enum, so
files and batches are always ``in_progress`` and the polling helpers wait until their deadline.
``--errors`` is left off on purpose: it only turns *response* violations (Prism's own generated
answers against the description) into 500s, which says nothing about the SDK and would hide the
request check behind an InternalServerError.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import httpx2
import pytest
from vectorstores import AsyncOpenAI, OpenAI

ROOT = Path(__file__).resolve().parents[2]
# The document as patched (generator/patches.yaml): what the SDK is generated from, with the
# real API's differences and the upstream defects (such as `$recursiveRef`) mended.
SPEC = ROOT / "generated" / "vectorstores_raw" / "openapi.json"
PRISM = ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"  # loopback only: the mock must not be reachable from elsewhere
STARTUP_SECONDS = 30.0
START_ATTEMPTS = 3
API_KEY = "sk-test"


@dataclass(frozen=True)
class Prism:
    """A running Prism: where it listens and where it logs."""

    url: str
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop Prism and anything it started: it leads its own process group."""
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:  # the group is gone already
            break
        try:
            process.wait(grace)
            break
        except subprocess.TimeoutExpired:
            continue
    process.wait(0)  # reaps it; raises if even SIGKILL did not work, rather than leak it


def _is_prism(response: httpx2.Response) -> bool:
    # Any answer would prove that something listens; checking it is Prism's own problem+json
    # rules out another server that happened to take the port first.
    return "stoplight.io/prism" in response.text


def _wait_until_ready(process: subprocess.Popen[bytes], url: str) -> bool:
    """True once Prism answers; False if it exited (for example, the port was taken)."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            # No key: the 401 Prism then sends needs no mock generation and always comes fast.
            if _is_prism(httpx2.get(f"{url}/vector_stores", timeout=1.0)):
                return process.poll() is None
        except httpx2.TransportError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"Prism did not answer within {STARTUP_SECONDS:g}s")


def _start(log: TextIO) -> tuple[subprocess.Popen[bytes], str]:
    """Start Prism on a free port; a few attempts, as the port can be taken before Prism binds it."""
    for _ in range(START_ATTEMPTS):
        port = _free_port()
        url = f"http://{HOST}:{port}"
        process = subprocess.Popen(
            [str(PRISM), "mock", str(SPEC), "-h", HOST, "-p", str(port)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so teardown reaches every child
        )
        try:
            if _wait_until_ready(process, url):
                return process, url
        except BaseException:
            _stop(process)
            raise
        _stop(process)
    raise RuntimeError(f"Prism exited on each of {START_ATTEMPTS} starts")


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    """One Prism for the whole session, stopped at the end."""
    if shutil.which("node") is None:
        pytest.skip("node not found: the contract tests need Node.js (>= 18.20.1) to run Prism")
    if not PRISM.exists():
        hint = "" if shutil.which("npm") else " (npm not found either: install Node.js with npm first)"
        pytest.skip(f"prism not installed: run `make prism` (npm ci --prefix tools/prism){hint}")
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with log_path.open("w") as log:
        try:
            process, url = _start(log)
        except (TimeoutError, RuntimeError) as error:
            log.flush()
            pytest.fail(f"{error}; the end of its log:\n{_tail(log_path)}", pytrace=False)
        try:
            yield Prism(url=url, log=log_path)
        finally:
            _stop(process)


# --- What Prism said about each request ------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    """One request and Prism's verdict on it."""

    method: str
    url: httpx2.URL
    status: int
    violations: tuple[str, ...]  # what Prism found wrong with the request; empty when valid

    def describe(self) -> str:
        lines = [f"{self.method} {self.url.raw_path.decode()} -> {self.status}"]
        return "\n".join([*lines, *(f"    {violation}" for violation in self.violations)])


def _format(violation: Any) -> str:
    if not isinstance(violation, dict):
        return repr(violation)
    where = ".".join(str(part) for part in violation.get("location", []))
    return f"{violation.get('severity')}: {where}: {violation.get('message')} [{violation.get('code')}]"


def _violations(response: httpx2.Response) -> tuple[str, ...]:
    found: list[str] = []
    if response.status_code == 422:
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        listed = body.get("validation") if isinstance(body, dict) else None
        if isinstance(listed, list) and listed:
            found += [_format(violation) for violation in listed]
        else:  # a 422 that is not Prism's list is still a rejected request
            found.append(f"422 without a violation list: {response.text[:500]!r}")
    # Violations that are not errors (a deprecated parameter, say) do not stop Prism; they come
    # in this header, alongside Prism's checks of its own response, which are not ours to judge.
    header = response.headers.get("sl-violations")
    if header:
        try:
            listed = json.loads(header)
        except ValueError:
            listed = [header]
        found += [
            _format(violation)
            for violation in (listed if isinstance(listed, list) else [listed])
            if not (isinstance(violation, dict) and violation.get("location", [None])[0] == "response")
        ]
    return tuple(found)


class Exchanges:
    """Every response a client got from Prism, with the violations Prism reported."""

    def __init__(self) -> None:
        self.items: list[Exchange] = []
        self._lock = threading.Lock()  # the sync batch upload sends from several threads

    def _add(self, response: httpx2.Response) -> None:
        request = response.request
        exchange = Exchange(request.method, request.url, response.status_code, _violations(response))
        with self._lock:
            self.items.append(exchange)

    def hook(self, response: httpx2.Response) -> None:
        """Response hook of an httpx2.Client."""
        if response.status_code == 422:  # only read what we parse: streamed downloads stay streamed
            response.read()
        self._add(response)

    async def ahook(self, response: httpx2.Response) -> None:
        """Response hook of an httpx2.AsyncClient."""
        if response.status_code == 422:
            await response.aread()
        self._add(response)

    def violations(self) -> list[Exchange]:
        return [exchange for exchange in self.items if exchange.violations]


def sync_client(prism: Prism, exchanges: Exchanges) -> OpenAI:
    """A client of Prism; no retries, so each request Prism rejects shows up once."""
    http = httpx2.Client(event_hooks={"response": [exchanges.hook]})
    return OpenAI(api_key=API_KEY, base_url=prism.url, max_retries=0, http_client=http)


def async_client(prism: Prism, exchanges: Exchanges) -> AsyncOpenAI:
    """The asyncio twin of ``sync_client``; close it inside the test's event loop."""
    http = httpx2.AsyncClient(event_hooks={"response": [exchanges.ahook]})
    return AsyncOpenAI(api_key=API_KEY, base_url=prism.url, max_retries=0, http_client=http)


@pytest.fixture
def document(tmp_path: Path) -> Path:
    """A small text file to upload by path (streamed from disk by the SDK)."""
    path = tmp_path / "notes.txt"
    path.write_text("Vector stores hold chunks of files for search.\n")
    return path
