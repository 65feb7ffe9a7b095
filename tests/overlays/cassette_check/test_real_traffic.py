"""Every recording under ../shared/real-traffic is read, and what still differs from the patched
document is what the testing guide (docs/guides/testing.md) lists (its counts are checked here, so
the list cannot go stale)."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from vectorstores._cassette_check import check_paths, shipped_document

from .support import REPO

ROOT = Path(os.environ.get("VECTORSTORES_REAL_TRAFFIC") or REPO.parent / "shared" / "real-traffic")
if not ROOT.is_dir():
    pytest.skip(
        f"no recorded traffic at {ROOT}: set VECTORSTORES_REAL_TRAFFIC to run these tests", allow_module_level=True
    )

REPORT = check_paths([ROOT], shipped_document())


def test_every_recording_is_read() -> None:
    files = [p for p in ROOT.rglob("*") if p.suffix in (".json", ".yml", ".yaml")]
    assert not REPORT.unreadable
    assert len(REPORT.files) == len(files) > 50
    # Two openai-dotnet records hold no entries (tests that only serialise); every other has some.
    assert sum(1 for count in REPORT.files.values() if count == 0) <= 2
    assert sum(REPORT.files.values()) == len(REPORT.checked) > 350
    layouts = {each.cassette.split("/")[1] for each in REPORT.checked}
    assert layouts == {"openai-dotnet", "llm.rb"}


def test_the_testing_guide_lists_the_findings_with_their_counts() -> None:
    guide = (REPO / "docs" / "guides" / "testing.md").read_text(encoding="utf-8")
    interactions = len(REPORT.checked) - REPORT.outside
    assert f"{len(REPORT.files)} recordings, {interactions} interactions with this API" in guide
    assert f"{len(REPORT.violations)} findings" in guide
    kinds = Counter((v.operation, re.sub(r"\[\d+\]", "[]", v.where), v.expected) for v in REPORT.violations)
    for (operation, where, said), count in kinds.items():
        assert f"| {count} | `{operation}` | `{where}` | {said} |" in guide
