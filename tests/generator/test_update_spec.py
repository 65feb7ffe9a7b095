"""`make update-spec` end to end: a document served on 127.0.0.1, the update run in a scratch copy of
the project, and what it leaves there (regenerated tree, proposal files, status), for a changed,
an unchanged, a breaking, a garbage and an unreachable document, and a generation that fails."""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.generate import ROOT
from generator.update import TOUCHED

pytestmark = pytest.mark.pipeline  # the pipeline runs on .venv's Python: not a matrix test

# Not copied: the venv (the scratch copy uses this one, named on make's command line), caches, VCS.
IGNORED = shutil.ignore_patterns(
    ".venv", ".git", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis",
    "node_modules", ".update-spec", "*.egg-info", "build", "dist", "benchmarks", "examples", "RELIABILITY.md",
)  # fmt: skip
Serve = Callable[[bytes, int], str]
# make update-spec runs these tests on whatever upstream publishes: nothing here may assume its version.
VERSION = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))["info"]["version"]


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    """A scratch copy of the project; updates run there, never in the real checkout."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=IGNORED, symlinks=True)
    # The copy runs with this venv (VENV= on make's command line). Its Makefile must never reinstall
    # into it: that would point the venv's editable install at the copy. So the copy's install rule
    # does nothing, whether or not this venv was made by make (nox's are not, and have no stamp).
    makefile = copy / "Makefile"
    text, found = re.subn(
        r"(?ms)^\$\(INSTALLED\):.*?^\ttouch \$@$", "$(INSTALLED):\n\t@true", makefile.read_text(encoding="utf-8")
    )
    assert found == 1, "the Makefile's install rule moved: keep the copies from reinstalling"
    makefile.write_text(text, encoding="utf-8")
    yield copy
    installed = subprocess.run(
        [sys.executable, "-c", "import vectorstores_raw; print(vectorstores_raw.__file__)"],
        cwd=tmp_path, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert str(copy) not in installed.stdout + installed.stderr, "the copy was installed into this venv"
    assert installed.returncode == 0, installed.stderr


@pytest.fixture
def serve() -> Iterator[Serve]:
    """``serve(body, status)`` -> the URL of a server on 127.0.0.1 answering every GET with it."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(body: bytes, status: int = 200) -> str:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/yaml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/openapi.yaml"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _spec(edit: Callable[[dict[str, Any]], None] | None = None) -> bytes:
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    if edit is not None:
        edit(document)
    return yaml.safe_dump(document, sort_keys=False).encode()


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def _probe(project: Path, source: str) -> None:
    """A fast-tests stage of one test module: the full suite would test the real checkout's package."""
    (project / "tests" / "update_probe").mkdir()
    (project / "tests" / "update_probe" / "__init__.py").write_text("")
    (project / "tests" / "update_probe" / "test_probe.py").write_text(source)


def _update(project: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    # The venv's editable install points at the real checkout; the path makes the copy import itself.
    path = os.pathsep.join(str(project / folder) for folder in ("overlays", "generated", "emulator"))
    env = {**os.environ, "PYTHONPATH": path}
    env.pop("MAKEFLAGS", None)
    return subprocess.run(
        ["make", "-s", "--no-print-directory", "update-spec", f"VENV={sys.prefix}", f"UPSTREAM={url}",
         "FAST_TESTS=tests/update_probe", *extra],
        cwd=project, env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


def _tree(project: Path) -> dict[str, str]:
    """sha256 of every file the update may rewrite."""
    found: dict[str, str] = {}
    for name in TOUCHED:
        path = project / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" not in file.parts:
                found[file.relative_to(project).as_posix()] = hashlib.sha256(file.read_bytes()).hexdigest()
    return found


def _proposal(project: Path) -> tuple[str, str, str]:
    work = project / ".update-spec"
    return tuple(  # type: ignore[return-value]
        (work / name).read_text(encoding="utf-8") for name in ("status", "title.txt", "body.md")
    )


def test_a_changed_document_is_regenerated_checked_and_proposed(project: Path, serve: Serve) -> None:
    def edit(document: dict[str, Any]) -> None:
        _schemas(document)["CreateVectorStoreRequest"]["properties"]["probe_priority_tier"] = {"type": "integer"}
        _schemas(document)["VectorStoreObject"]["properties"]["probe_shard_region"] = {"type": "string"}

    _probe(
        project,
        "from pathlib import Path\n\n\ndef test_regenerated() -> None:\n"
        "    models = Path('generated/vectorstores_raw/models')\n"
        "    assert 'probe_priority_tier' in (models / 'create_vector_store_request.py').read_text()\n"
        "    assert 'probe_shard_region' in (models / 'vector_store.py').read_text()\n",
    )
    served = _spec(edit)
    url = serve(served, 200)
    result = _update(project, url)
    assert result.returncode == 0, result.stdout + result.stderr
    status, title, body = _proposal(project)
    assert status == "safe\n"
    assert title == f"API update from upstream {VERSION}: 2 changes, none breaking\n"
    # The tree is regenerated from the served document, which is kept out of git.
    assert "probe_priority_tier" in (project / "openapi.yaml").read_text(encoding="utf-8")
    assert "probe_priority_tier" in (project / "API-CHANGES.md").read_text(encoding="utf-8")
    assert (project / ".update-spec" / "upstream.yaml").read_bytes() == served
    # A repository of the copy (the checkout may be none, e.g. an unpacked archive) asks .gitignore.
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    ignored = subprocess.run(["git", "-C", str(project), "status", "--porcelain", "--ignored", ".update-spec"],
                             capture_output=True, text=True, check=True)  # fmt: skip
    assert ignored.stdout == "!! .update-spec/\n"
    # The body carries the counts, each stage, the report and the tests' result.
    assert f"| upstream | {url} (upstream {VERSION}" in body
    assert "| API changes | 2, 0 breaking, 0 stale patches |" in body
    assert "| fast tests | passed: 1 passed" in body
    for stage in ("slice", "generate", "check-api", "check-cassettes", "tests"):
        assert f"| {stage} | ok |" in body
    assert "| stale recordings | none stale |" in body
    assert "client.vector_stores.create(probe_priority_tier=...)" in body
    assert "VectorStore.probe_shard_region" in body
    assert (
        result.stdout.strip().splitlines()[-1].startswith("update-spec: changed and safe: 2 API changes (0 breaking)")
    )


def test_an_unchanged_document_changes_nothing(project: Path, serve: Serve) -> None:
    before = _tree(project)
    result = _update(project, serve(_spec(), 200))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"update-spec: nothing changed (upstream {VERSION})"
    assert _proposal(project)[0] == "unchanged\n"
    assert _tree(project) == before
    assert not (project / ".update-spec" / "logs").exists()  # no stage ran


def test_a_prose_only_change_is_safe_and_proposed_as_documentation_only(project: Path, serve: Serve) -> None:
    words = "Bytes this store takes up, reworded by the probe."

    def edit(document: dict[str, Any]) -> None:
        _schemas(document)["VectorStoreObject"]["properties"]["usage_bytes"]["description"] = words

    _probe(
        project,
        "from pathlib import Path\n\n\ndef test_regenerated() -> None:\n"
        "    model = Path('generated/vectorstores_raw/models/vector_store.py').read_text()\n"
        f"    assert {words!r} in ' '.join(model.split())\n",
    )
    result = _update(project, serve(_spec(edit), 200))
    assert result.returncode == 0, result.stdout + result.stderr
    status, title, body = _proposal(project)
    assert status == "safe\n"
    assert title == f"API update from upstream {VERSION}: documentation only (1 description)\n"
    assert "| documentation | documentation only: 1 description changed, no code change |" in body
    assert "| fast tests | passed: 1 passed" in body  # the docstring carries the new words
    assert "`documentation:VectorStoreObject.usage_bytes`" in body
    assert result.stdout.strip().splitlines()[-1].startswith("update-spec: changed and safe: documentation only")


def test_a_breaking_change_asks_for_acknowledgement_and_names_stale_recordings(project: Path, serve: Serve) -> None:
    def edit(document: dict[str, Any]) -> None:
        usage_bytes = _schemas(document)["VectorStoreObject"]["properties"]["usage_bytes"]
        assert usage_bytes["type"] == "integer", "the breaking change below assumes usage_bytes is an integer"
        usage_bytes["type"] = "string"

    _probe(
        project,
        "from pathlib import Path\n\n\ndef test_usage_bytes_still_an_int() -> None:\n"
        "    assert 'usage_bytes: int' in Path('generated/vectorstores_raw/models/vector_store.py').read_text()\n",
    )
    result = _update(project, serve(_spec(edit), 200))
    assert result.returncode == 0, result.stdout + result.stderr
    status, title, body = _proposal(project)
    assert status == "breaking\n"
    assert title.startswith(f"API update from upstream {VERSION}: 1 change, 1 breaking (acknowledgement needed), ")
    assert title.rstrip().endswith(", fast tests failing")
    assert "## Breaking changes to acknowledge" in body
    assert "VectorStoreObject.usage_bytes" in body.split("## Breaking changes to acknowledge")[1].split("##")[0]
    # The regenerated tree stays: it is the change to review.
    regenerated = yaml.safe_load((project / "openapi.yaml").read_text(encoding="utf-8"))
    assert _schemas(regenerated)["VectorStoreObject"]["properties"]["usage_bytes"]["type"] == "string"
    *stale, total = body.split("## Stale recordings")[1].split("```")[1].strip().splitlines()
    cassettes = {line.split(" #")[0] for line in stale}
    assert stale
    assert cassettes
    assert all(line.startswith("recorded/") and " #" in line and "usage_bytes" in line for line in stale)
    assert all((project / "tests" / "cassettes" / name).is_file() for name in cassettes)
    assert f"; {len(stale)} violations of " in total  # the checker's closing count: every one listed
    assert "FAILED tests/update_probe/test_probe.py::test_usage_bytes_still_an_int" in body
    assert "| check-api | refused: unacknowledged breaking changes |" in body
    assert f"| check-cassettes | stale: {len(stale)} violation" in body
    assert f", {len(cassettes)} stale recordings, " in title


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


GARBAGE = {
    "html": b"<html><body>Service unavailable</body></html>",
    "truncated": (ROOT / "openapi.yaml").read_bytes()[:5000],
    "binary": bytes(range(256)) * 8,
    "no vector stores": b"openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /models: {}\n",
}


@pytest.mark.parametrize("kind", [*GARBAGE, "HTTP 404", "unreachable"])
def test_a_bad_source_is_one_line_and_touches_nothing(project: Path, serve: Serve, kind: str) -> None:
    if kind == "unreachable":
        url = f"http://127.0.0.1:{_unused_port()}/openapi.yaml"
    else:
        url = serve(GARBAGE.get(kind, b"not found"), 404 if kind == "HTTP 404" else 200)
    before = _tree(project)
    result = _update(project, url)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if not line.startswith("make")]
    assert len(errors) == 1, result.stderr
    expected = "cannot fetch" if kind in ("HTTP 404", "unreachable") else "is not a usable OpenAPI document"
    assert errors[0].startswith(f"update-spec: failed: {'' if expected == 'cannot fetch' else url + ' '}{expected}")
    assert url in errors[0]
    assert _proposal(project)[0] == "failed\n"
    assert _tree(project) == before
    assert not (project / ".update-spec" / "upstream.yaml").exists()


def test_a_failing_generation_puts_the_tree_back(project: Path, serve: Serve) -> None:
    def edit(document: dict[str, Any]) -> None:
        # Sliced fine, but openapi-python-client refuses a type that does not exist.
        _schemas(document)["VectorStoreObject"]["properties"]["usage_bytes"] = {"type": "bigint"}

    before = _tree(project)
    result = _update(project, serve(_spec(edit), 200))
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if not line.startswith("make")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("update-spec: failed: stage generate failed (make generate): ")
    assert _tree(project) == before
    assert not (project / ".update-spec" / "backup").exists()
    assert "'bigint'" in (project / ".update-spec" / "logs" / "generate.log").read_text(encoding="utf-8")
    assert "error: Failed to parse OpenAPI document" in errors[0]
    assert errors[0].endswith("[.update-spec/logs/generate.log]")


def test_a_cancelled_update_puts_the_tree_back(project: Path, serve: Serve) -> None:
    """SIGTERM (a cancelled CI job) while generated/ is rewritten: the tree goes back as it was."""
    makefile = project / "Makefile"
    # generate does its work, says so, then lingers long enough to be cancelled in the middle.
    recipe = "\t$(BIN)/python -m generator generate\n"
    assert recipe in makefile.read_text(encoding="utf-8")
    makefile.write_text(
        makefile.read_text(encoding="utf-8").replace(recipe, recipe + "\ttouch .generated-marker\n\tsleep 60\n"),
        encoding="utf-8",
    )

    def edit(document: dict[str, Any]) -> None:
        _schemas(document)["VectorStoreObject"]["properties"]["probe_shard_region"] = {"type": "string"}

    before = _tree(project)
    url = serve(_spec(edit), 200)
    path = os.pathsep.join(str(project / folder) for folder in ("overlays", "generated", "emulator"))
    env = {**os.environ, "PYTHONPATH": path, "MAKEFLAGS": f"-- VENV={sys.prefix}"}
    driver = subprocess.Popen(
        [sys.executable, "-m", "generator", "update", "--from", url],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        marker = project / ".generated-marker"
        for _ in range(600):
            if marker.exists() or driver.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), driver.communicate()
        assert _tree(project) != before  # generate really did rewrite it
        driver.send_signal(signal.SIGTERM)
        _, err = driver.communicate(timeout=60)
        assert driver.returncode != 0
        assert "KeyboardInterrupt" in err
        assert _tree(project) == before
        assert not (project / ".update-spec" / "backup").exists()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(driver.pid, signal.SIGKILL)  # the lingering sleep of the cancelled stage
        driver.wait()
