"""``make update-spec``: fetch the published upstream document, regenerate, check, propose a change.

The document is fetched and sliced in memory first, so an unreachable address or something that
is not an OpenAPI document stops the run before anything in the tree changes. A changed slice then
goes through the project's own make targets (spec, generate, check-api, check-cassettes,
pytest-fast). What they rewrite is backed up first and put back when a stage that writes fails or
the run is interrupted. The run ends with one status and leaves the proposal (status, title, body,
stage logs) in ``.update-spec/`` for a workflow to open as a pull request.
"""

from __future__ import annotations

import argparse
import enum
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import yaml

from .apidiff import PublicNames, api_changes
from .slice import dump, load, slice_document

__all__ = [
    "PUBLISHED",
    "STAGES",
    "Stage",
    "Status",
    "Update",
    "UpdateError",
    "fetch",
    "read_document",
    "run_update",
    "write_atomic",
]

# Where upstream publishes the document; `make update-spec UPSTREAM=URL-or-path` reads another.
PUBLISHED = "https://raw.githubusercontent.com/openai/openai-openapi/main/openapi.yaml"
WORK = ".update-spec"  # ignored by git: the fetched document, the proposal, the logs
# Stage name -> make target. slice, generate and check-api always run; the others may be skipped.
STAGES = {
    "slice": "spec",
    "generate": "generate",
    "check-api": "check-api",
    "check-cassettes": "check-cassettes",
    "tests": "pytest-fast",
}
OPTIONAL = ("check-cassettes", "tests")
# What spec and generate rewrite: backed up before they run, put back if the update fails.
TOUCHED = ("openapi.yaml", "API-CHANGES.md", "CHANGELOG.md", "generated")
TIMEOUT = 60.0
MAX_BYTES = 64 * 1024 * 1024  # the whole document is about 3 MB; a runaway answer is not a document
UNACKNOWLEDGED = "unacknowledged breaking changes"  # what check-api says when it refuses


class Status(enum.Enum):
    """How an update ended; the value is what ``.update-spec/status`` holds."""

    UNCHANGED = "unchanged"
    SAFE = "safe"
    BREAKING = "breaking"
    FAILED = "failed"

    @property
    def phrase(self) -> str:
        return {
            "unchanged": "nothing changed",
            "safe": "changed and safe",
            "breaking": "changed and breaking (acknowledgement needed)",
            "failed": "failed",
        }[self.value]


class UpdateError(Exception):
    """Why the update stopped, in one line."""


@dataclass
class Stage:
    """One make target as the update ran it."""

    name: str
    code: int | None = None  # None: not run
    seconds: float = 0.0
    out: str = ""
    err: str = ""

    @property
    def ok(self) -> bool:
        return self.code == 0

    @property
    def missing(self) -> bool:
        """The Makefile has no such target (check-cassettes before the cassette checker landed)."""
        return self.code not in (None, 0) and "No rule to make target" in self.err

    def lines(self, text: str) -> list[str]:
        """Non-empty lines of ``text`` without make's own complaints about the failed recipe."""
        return [line for line in text.splitlines() if line.strip() and not line.startswith(("make:", "make["))]


@dataclass
class Update:
    """Everything a proposal is written from."""

    source: str
    status: Status = Status.FAILED
    error: str = ""
    digest: str = ""
    old_version: str = "?"
    new_version: str = "?"
    changes: int = 0  # of the API: documentation changes are counted apart
    documentation: int = 0  # descriptions only (docstrings)
    breaking: int = 0
    stale_patches: int = 0
    stages: list[Stage] = field(default_factory=list)
    report: str = ""  # API-CHANGES.md as the slice stage wrote it

    def stage(self, name: str) -> Stage | None:
        return next((stage for stage in self.stages if stage.name == name), None)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Replace ``path`` in one step, so a reader sees the old content or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _one_line(error: object) -> str:
    return " ".join(str(error).split())


def fetch(source: str, timeout: float = TIMEOUT) -> bytes:
    """The bytes at ``source``: an http(s) URL or a local path."""
    if not source.startswith(("http://", "https://")):
        path = Path(source)
        if not path.is_file():
            raise UpdateError(f"upstream document not found: {source}")
        try:
            return path.read_bytes()
        except OSError as error:
            raise UpdateError(f"cannot read {source}: {_one_line(error)}") from None
    request = urllib.request.Request(source, headers={"User-Agent": "vectorstores-update-spec"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only, checked above)
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise UpdateError(f"cannot fetch {source}: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise UpdateError(f"cannot fetch {source}: {_one_line(error.reason)}") from None
    except (OSError, ValueError) as error:  # timeouts, resets, a malformed URL
        raise UpdateError(f"cannot fetch {source}: {_one_line(error) or type(error).__name__}") from None
    if len(data) > MAX_BYTES:
        raise UpdateError(f"cannot fetch {source}: larger than {MAX_BYTES // 2**20} MB")
    return data


def _suffix(source: str) -> str:
    return ".json" if source.split("?", maxsplit=1)[0].lower().endswith(".json") else ".yaml"


def read_document(data: bytes, source: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The upstream document and its slice; ``UpdateError`` when either cannot be had."""
    with tempfile.TemporaryDirectory() as scratch:  # load() reads files; this one is outside the tree
        path = Path(scratch) / f"upstream{_suffix(source)}"
        path.write_bytes(data)
        try:
            document = load(path)
            return document, slice_document(document)
        except (ValueError, KeyError, TypeError, AttributeError, yaml.YAMLError) as error:
            reason = _one_line(error).replace(str(path), "document")
            raise UpdateError(f"{source} is not a usable OpenAPI document: {reason}") from None


class _Backup:
    """Copies of what the stages rewrite, to put back when the update fails."""

    def __init__(self, root: Path, into: Path) -> None:
        self.root, self.into = root, into
        shutil.rmtree(into, ignore_errors=True)
        into.mkdir(parents=True)
        self.present = [name for name in TOUCHED if (root / name).exists()]
        for name in self.present:
            self._copy(root / name, into / name)

    @staticmethod
    def _copy(source: Path, target: Path) -> None:
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)

    @staticmethod
    def _remove(path: Path) -> None:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)

    def restore(self) -> None:
        for name in TOUCHED:
            target = self.root / name
            if name not in self.present:
                self._remove(target)
                continue
            # Copy beside the target first, then swap, so the tree never holds half of either.
            staged = target.with_name(f".{name}.restore")
            self._remove(staged)
            self._copy(self.into / name, staged)
            self._remove(target)
            staged.rename(target)

    def discard(self) -> None:
        shutil.rmtree(self.into, ignore_errors=True)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """A cancelled CI job gets SIGTERM; make it unwind like Ctrl-C so the tree is put back."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run_stage(update: Update, name: str, make: list[str], root: Path, logs: Path, *args: str) -> Stage:
    stage = Stage(name)
    update.stages.append(stage)
    started = time.monotonic()
    try:
        done = subprocess.run(
            [*make, "-s", "--no-print-directory", STAGES[name], *args],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as error:  # no make on this machine
        raise UpdateError(f"stage {name}: cannot run {make[0]}: {_one_line(error)}") from None
    stage.code, stage.out, stage.err = done.returncode, done.stdout, done.stderr
    stage.seconds = time.monotonic() - started
    write_atomic(logs / f"{name}.log", f"$ make {STAGES[name]} {' '.join(args)}\n{done.stdout}{done.stderr}")
    print(f"  {name:<16}{'ok' if stage.ok else f'exit {stage.code}':<10}{stage.seconds:6.1f} s", flush=True)
    return stage


def _stage_failed(stage: Stage, log: str) -> UpdateError:
    lines = stage.lines(stage.err) or stage.lines(stage.out) or ["no output"]
    # The generator's commands end with "error: ..."; tracebacks and validators add detail after it.
    reason = next((line for line in reversed(lines) if line.lower().startswith("error")), lines[-1])
    return UpdateError(f"stage {stage.name} failed (make {STAGES[stage.name]}): {_one_line(reason)} [{log}]")


def run_update(root: Path, source: str, make: list[str], skip: frozenset[str] = frozenset()) -> Update:
    """Fetch ``source``, and when its slice differs from ``openapi.yaml``, regenerate and check ``root``.

    Never raises ``UpdateError``: a failure is ``Status.FAILED`` with ``error`` set and the tree as it was.
    """
    update = Update(source)
    work = root / WORK
    try:
        data = fetch(source)
        _, sliced = read_document(data, source)
        update.digest = hashlib.sha256(data).hexdigest()
        update.new_version = str(sliced.get("info", {}).get("version", "?"))
        current = root / "openapi.yaml"
        old = load(current) if current.is_file() else {"paths": {}}
        update.old_version = str(old.get("info", {}).get("version", "?"))
        fetched = work / f"upstream{_suffix(source)}"
        write_atomic(fetched, data)
        if current.is_file() and current.read_text(encoding="utf-8") == dump(sliced):
            update.status = Status.UNCHANGED
            return update
        generator = root / "generator"
        names = PublicNames.from_files(generator / "resources.yaml", generator / "config.yaml")
        changes, stale = api_changes(old, sliced, names, generator / "patches.yaml")
        update.documentation = sum(change.documentation for change in changes)
        update.changes, update.stale_patches = len(changes) - update.documentation, len(stale)
        update.breaking = sum(change.breaking for change in changes)
        _regenerate(update, root, fetched, make, skip)
    except UpdateError as error:
        update.status, update.error = Status.FAILED, str(error)
    return update


def _regenerate(update: Update, root: Path, fetched: Path, make: list[str], skip: frozenset[str]) -> None:
    logs = root / WORK / "logs"
    shutil.rmtree(logs, ignore_errors=True)
    backup = _Backup(root, root / WORK / "backup")
    restore = True
    try:
        with _terminate_as_interrupt():
            for name in ("slice", "generate"):
                stage = _run_stage(
                    update, name, make, root, logs, *([f"UPSTREAM={fetched}"] if name == "slice" else [])
                )
                if not stage.ok:
                    raise _stage_failed(stage, f"{WORK}/logs/{name}.log")
            report = root / "API-CHANGES.md"
            update.report = report.read_text(encoding="utf-8") if report.is_file() else ""
            api = _run_stage(update, "check-api", make, root, logs)
            if not api.ok and UNACKNOWLEDGED not in api.err:
                raise _stage_failed(api, f"{WORK}/logs/check-api.log")
            update.status = Status.SAFE if api.ok else Status.BREAKING
            restore = False  # the regenerated tree is complete: what follows only reports on it
            for name in OPTIONAL:
                if name not in skip:
                    _run_stage(update, name, make, root, logs)
    finally:
        if restore:
            backup.restore()
        backup.discard()


def main(argv: list[str]) -> int:
    """``python -m generator update``: see the module docstring; exit 1 only when the update failed."""
    from .generate import ROOT
    from .proposal import write_proposal  # it builds on this module's types

    parser = argparse.ArgumentParser(prog="python -m generator update", description=__doc__)
    parser.add_argument("--from", dest="source", default=PUBLISHED, help=f"URL or path (default: {PUBLISHED})")
    parser.add_argument("--make", default="make", help="the make program (the Makefile passes its own)")
    parser.add_argument("--skip", action="append", choices=OPTIONAL, default=[], help="a checking stage not to run")
    args = parser.parse_args(argv)
    print(f"update-spec: {args.source}", flush=True)
    (ROOT / WORK / "status").unlink(missing_ok=True)  # no status from an earlier run outlives this one
    update = run_update(ROOT, args.source, [args.make], frozenset(args.skip))
    line = write_proposal(update, ROOT / WORK)
    print(line, file=sys.stderr if update.status is Status.FAILED else sys.stdout)
    return 1 if update.status is Status.FAILED else 0
