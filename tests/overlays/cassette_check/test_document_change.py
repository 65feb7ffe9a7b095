"""A change made to a copy of openapi.yaml: the check after regeneration names exactly the
cassettes that exercise it (tests/generator/test_change_recordings.py: the change report too)."""

from __future__ import annotations

from pathlib import Path

import pytest
from vectorstores._cassette_check import Document, check_paths

from generator.patches import load_patches, patch_document
from generator.slice import dump, load

from .support import REPO, SUITE, exercising_usage_bytes, renamed_usage_bytes

PATCHES = REPO / "generator" / "patches.yaml"


@pytest.fixture
def new_document(tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(dump(renamed_usage_bytes(load(REPO / "openapi.yaml"))), encoding="utf-8")
    return path


def test_the_check_after_regeneration_names_exactly_those_cassettes(new_document: Path) -> None:
    patched = patch_document(load(new_document), load_patches(PATCHES))[0]
    report = check_paths([SUITE], Document(patched, str(new_document)))
    stale: dict[str, set[int]] = {}
    for violation in report.violations:
        stale.setdefault(Path(violation.cassette).name, set()).add(violation.number)
        assert violation.where.endswith(".usage_bytes_total"), violation.line()
        assert "'usage_bytes' is there instead" in violation.expected
    expected = exercising_usage_bytes()
    assert len(expected) >= 4
    assert stale == expected
