"""``make spec``'s change report names, under a change, exactly the recorded interactions that
exercise what it changed (a rename made in a copy of openapi.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

from generator.__main__ import _slice
from generator.slice import dump, load
from tests.overlays.cassette_check.support import REPO, exercising_usage_bytes, renamed_usage_bytes


def test_the_change_report_names_exactly_those_recordings(tmp_path: Path) -> None:
    new_document = tmp_path / "openapi.yaml"
    new_document.write_text(dump(renamed_usage_bytes(load(REPO / "openapi.yaml"))), encoding="utf-8")
    current = tmp_path / "current.yaml"
    current.write_bytes((REPO / "openapi.yaml").read_bytes())
    report = tmp_path / "API-CHANGES.md"
    _slice(new_document, current, report)
    text = report.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "property-renamed:VectorStoreFileObject.usage_bytes" in line)
    recorded = text.split(line, 1)[1].splitlines()[1]
    found = re.match(r"  - recorded in (\d+) interactions of (\d+) cassettes: (.*)$", recorded)
    assert found, recorded
    named = {
        name: {int(n) for n in re.findall(r"#(\d+)", numbers)}
        for name, numbers in (part.split(" ", 1) for part in found.group(3).split("; "))
    }
    expected = exercising_usage_bytes()
    assert named == expected
    assert int(found.group(1)) == sum(len(numbers) for numbers in expected.values())
    assert int(found.group(2)) == len(expected)
