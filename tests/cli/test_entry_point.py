"""The installed console script: ``vectorstores --help``, a real upload and search, a real Ctrl-C
(SIGINT), and the import costs and the message when the ``cli`` extra is missing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vectorstores import OpenAI
from vectorstores.cli import INSTALL_HINT

from tests.emulator.conftest import Served

from .conftest import API_KEY, Control, write_files

SCRIPT = Path(sys.executable).parent / "vectorstores"


@pytest.fixture
def environment(server: Served) -> dict[str, str]:
    """This process's environment, pointed at the emulator, without rendering overrides."""
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE"}}
    return {**env, "OPENAI_API_KEY": API_KEY, "OPENAI_BASE_URL": server.base_url}


def vectorstores(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert SCRIPT.exists(), f"{SCRIPT} is missing: install the package (make install)"
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60, check=False)


def test_help_of_the_console_script() -> None:
    result = vectorstores("--help")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: vectorstores [OPTIONS] COMMAND [ARGS]...")
    listed = result.stdout.split("Commands:")[1].strip().splitlines()
    assert [line.split()[0] for line in listed] == ["upload", "sync", "search", "stores", "files", "rm"]  # as defined
    assert "vectorstores upload docs/ --store handbook --create" in result.stdout


def test_a_real_upload_and_search(environment: dict[str, str], client: OpenAI, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", {"refunds.md": "Refunds take five days.", "logo.png": b"\x89PNG"})

    uploaded = vectorstores("upload", str(folder), "-s", "real", "--create", env=environment)
    found = vectorstores("search", "real", "refunds", "--json", env=environment)

    assert uploaded.returncode == 0, uploaded.stderr
    assert uploaded.stdout.startswith("Uploaded 1 of 1 file (")
    assert "note: skipping 1 file that file search does not index (1 .png)" in uploaded.stderr
    assert "\x1b[" not in uploaded.stdout + uploaded.stderr  # a pipe: no colour, no bars
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["filename"] == "refunds.md"


def test_sigint_during_upload_leaves_no_orphans(
    environment: dict[str, str], client: OpenAI, control: Control, tmp_path: Path
) -> None:
    """A real Ctrl-C: SIGINT to the running console script while uploads are slowed down."""
    folder = write_files(tmp_path / "docs", {f"doc{n:02}.txt": f"document {n}" for n in range(40)})
    control.fault(method="POST", path="/v1/files", times=100, delay_ms=100)
    child = subprocess.Popen(
        [str(SCRIPT), "upload", str(folder), "-s", "sigint", "--create", "-j", "2"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while len(list(client.files.list())) < 2:
            assert child.poll() is None and time.monotonic() < deadline, "no upload arrived"
            time.sleep(0.02)
        child.send_signal(signal.SIGINT)
        stdout, stderr = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()

    assert child.returncode == 130, stderr
    assert stdout.startswith("Interrupted while uploading (")
    assert "Kept: nothing; the vector store sigint" in stdout
    assert "Traceback" not in stderr
    assert list(client.files.list()) == []
    assert list(client.vector_stores.list()) == []


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)


def test_the_sdk_needs_neither_click_nor_rich() -> None:
    """With both made unimportable, the SDK and ``vectorstores.cli`` still import and a client
    works; the command's own modules load only when it runs. (httpx2 itself imports click and
    rich when they are installed, so their absence from sys.modules would prove nothing.)"""
    result = python(
        "import sys; sys.modules['click'] = sys.modules['rich'] = None\n"
        "import vectorstores, vectorstores.cli\n"
        "with vectorstores.OpenAI(api_key='sk-x') as client: client.vector_stores.file_batches\n"
        "print(sorted(m for m in sys.modules if m.startswith('vectorstores.cli.')))"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_without_the_cli_extra_the_command_says_what_to_install() -> None:
    result = python("import sys; sys.modules['click'] = None; from vectorstores.cli import main; main(['--help'])")

    assert result.returncode == 1
    assert result.stderr.strip() == INSTALL_HINT
