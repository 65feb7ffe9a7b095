"""CHANGELOG.md's API section: written from the change report, checked by check-api, filed at a
release; and the commit message of a regeneration."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from generator import __main__ as cli
from generator.apidiff import Change
from generator.changelog import END, START, api_section, commit_message, release, update
from generator.slice import dump, load

FIXTURE = Path(__file__).parent / "fixtures" / "api" / "base.yaml"
RENAMED = Change(
    id="property-renamed:VectorStoreSearchRequest.rewrite_query->query_rewrite",
    breaking=True,
    summary="request property `rewrite_query` renamed `query_rewrite`",
    python=("client.vector_stores.search",),
)
ADDED = Change(id="property-added:VectorStoreObject.usage_bytes", breaking=False, summary="new attribute")


def test_the_section_lists_breaking_changes_first_with_names_and_notes() -> None:
    section = api_section([ADDED, RENAMED], {RENAMED.id: "Pass query_rewrite= from now on."})
    assert section.startswith(START) and section.endswith(END)
    breaking, rest = section.split("### API")
    assert "### Breaking" in breaking and "`client.vector_stores.search`" in breaking
    assert "Pass query_rewrite= from now on." in breaking and "new attribute" in rest


def test_update_creates_the_section_keeps_the_maintainers_lines_and_is_stable() -> None:
    first = update("", api_section([], {}))
    assert first.startswith("# Changelog\n\n## Unreleased\n\n" + START)
    edited = first + "\n- A hand-written line.\n"
    again = update(edited, api_section([RENAMED], {}))
    assert "- A hand-written line." in again and RENAMED.summary in again
    assert update(again, api_section([RENAMED], {})) == again


def test_release_files_the_section_under_the_version_and_opens_a_new_one() -> None:
    text = update("# Changelog\n\n## Unreleased\n\n- A line.\n", api_section([RENAMED], {}))
    released = release(text, "0.2.0", "2026-12-03")
    unreleased, filed = released.split("## 0.2.0 (2026-12-03)")
    assert "No API change since the last release." in unreleased and RENAMED.summary not in unreleased
    assert RENAMED.summary in filed and "- A line." in filed and START not in filed


def test_the_commit_message_carries_the_counts_and_the_report() -> None:
    report = "# API changes\n\nWritten by make spec.\n\n2 changes, 1 breaking.\n\n## Breaking\n\n- x\n"
    message = commit_message(report)
    subject, body = message.split("\n\n", 1)
    assert subject == "Regenerate from the upstream API description: 2 API changes, 1 breaking"
    assert body.startswith("Written by make spec.") and "## Breaking" in body


def test_make_spec_writes_the_changelog_and_check_api_wants_it_current(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = load(FIXTURE)
    changed = copy.deepcopy(base)
    properties = changed["components"]["schemas"]["VectorStoreSearchRequest"]["properties"]
    properties["query_rewrite"] = properties.pop("rewrite_query")
    current, baseline = tmp_path / "openapi.yaml", tmp_path / "baseline.yaml"
    acknowledged, changelog = tmp_path / "acknowledged.yaml", tmp_path / "CHANGELOG.md"
    baseline.write_text(dump(base))
    current.write_text(dump(changed))
    acknowledged.write_text(f"acknowledged:\n  - id: '{RENAMED.id}'\n    note: Renamed upstream.\n")

    assert cli._check_api(baseline, current, acknowledged, changelog) == 1  # no changelog yet
    assert "make changelog" in capsys.readouterr().err
    cli._write_changelog(current, baseline, acknowledged, changelog)
    assert "query_rewrite" in changelog.read_text()
    assert "Renamed upstream." in changelog.read_text()
    assert cli._check_api(baseline, current, acknowledged, changelog) == 0

    cli._accept_api(current, baseline, acknowledged, changelog)
    text = changelog.read_text()
    assert "## Unreleased" in text and "query_rewrite" in text.split("## Unreleased")[1]
    assert cli._check_api(baseline, current, acknowledged, changelog) == 0  # nothing new since
