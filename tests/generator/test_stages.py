"""`make test` and `make check` run every stage and report all failures together."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from generator.generate import ROOT

FAKE_MAKE = """#!/bin/sh
# $1 is --no-print-directory, $2 the target
echo "ran $2"
case "$2" in broken*) exit 3;; esac
"""


def _run(tmp_path: Path, *stages: str) -> subprocess.CompletedProcess[str]:
    make = tmp_path / "make"
    make.write_text(FAKE_MAKE)
    make.chmod(0o755)
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "stages.py"), str(make), *stages],
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_stage_runs_past_a_failure_and_the_summary_names_the_failures(tmp_path: Path) -> None:
    result = _run(tmp_path, "lint", "broken-types", "pytest", "broken-api")
    assert result.returncode == 1
    assert [line for line in result.stdout.splitlines() if line.startswith("ran ")] == [
        "ran lint",
        "ran broken-types",
        "ran pytest",
        "ran broken-api",
    ]
    assert "2 of 4 stages failed: broken-types, broken-api" in result.stdout
    assert re.search(r"broken-types\s+FAILED \(3\)", result.stdout)


def test_all_stages_passing_exits_zero(tmp_path: Path) -> None:
    result = _run(tmp_path, "lint", "pytest")
    assert result.returncode == 0
    assert "all 2 stages passed" in result.stdout


def test_make_test_runs_every_check_including_the_api_cassette_and_docs_checks() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    stages = re.search(r"^TEST_STAGES := (.+)$", makefile, re.M)
    assert stages is not None
    assert stages.group(1).split() == [
        "lint",
        "typecheck",
        "check-generated",
        "check-api",
        "check-cassettes",
        "check-recordings",
        "docs",
        "pytest",
        "release-check",  # what a release would publish, built, installed and run
    ]
    assert '$(BIN)/python tools/stages.py "$(MAKE)" $(TEST_STAGES)' in makefile
