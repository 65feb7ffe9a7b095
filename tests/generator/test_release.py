"""A release: the change report decides the version, CHANGELOG.md files its section under it, the
baseline is accepted; and a release tag must name the version the package carries."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.apidiff import Change
from generator.generate import ROOT
from generator.release import kind_of_change, plan
from generator.versioning import (
    VERSION_FILE,
    bumped,
    changelog_section,
    parse_version,
    read_version,
    released_versions,
    version_of_tag,
)

pytestmark = pytest.mark.pipeline  # the pipeline runs on .venv's Python: not a matrix test

BREAKING = Change("property-removed:VectorStoreSearchRequest.rewrite_query", True, "removed")
ADDITION = Change("property-added:VectorStoreObject.usage_bytes", False, "added")
ENUM_VALUE = Change("enum-value-added:VectorStoreFileObject.status=queued", False, "value added")
FIX = Change("property-required:VectorStoreObject.name", False, "now required")
PROSE = Change("documentation:VectorStoreObject.name", False, "description changed", documentation=True)


@pytest.mark.parametrize(
    ("current", "changes", "expected"),
    [
        ("0.1.0", [BREAKING, ADDITION], "0.2.0"),  # 0.x: a break is a minor release
        ("1.4.2", [BREAKING], "2.0.0"),
        ("1.4.2", [ADDITION, FIX], "1.5.0"),
        ("0.3.1", [ENUM_VALUE], "0.4.0"),
        ("1.4.2", [FIX], "1.4.3"),
        ("0.3.1", [PROSE, PROSE], "0.3.2"),  # docstrings only
        ("1.4.2", [], "1.4.3"),  # documentation, or a hand-written fix
    ],
)
def test_the_strongest_change_decides_the_bump(current: str, changes: list[Change], expected: str) -> None:
    assert plan(changes, current).version == expected


def test_a_maintainer_can_raise_the_bump_but_not_lower_it() -> None:
    assert plan([], "1.4.2", at_least="minor").version == "1.5.0"
    assert plan([BREAKING], "1.4.2", at_least="patch").version == "2.0.0"
    assert plan([ADDITION], "0.1.0", at_least="major").version == "1.0.0"
    with pytest.raises(ValueError, match="--at-least must be one of patch, minor, major"):
        plan([], "1.0.0", at_least="huge")


def test_the_first_release_is_the_version_as_it_stands() -> None:
    first = plan([BREAKING], "0.1.0", first=True)
    assert (first.version, first.bump) == ("0.1.0", "")


def test_kinds_of_change() -> None:
    assert [kind_of_change(c) for c in (BREAKING, ADDITION, ENUM_VALUE, FIX)] == [
        "breaking",
        "addition",
        "addition",
        "fix",
    ]


def test_versions_are_three_numbers_and_tags_a_v_before_them() -> None:
    assert bumped("0.9.3", "minor") == "0.10.0" and bumped("0.9.3", "major") == "1.0.0"
    assert version_of_tag("refs/tags/v1.2.3") == "1.2.3"
    for bad in ("1.2", "01.2.3", "1.2.3rc1", "v1.2.3"):
        with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
            parse_version(bad)
    with pytest.raises(ValueError, match="must be v followed by the version"):
        version_of_tag("1.2.3")


def test_the_version_has_one_home_which_pyproject_reads() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and "\nversion =" not in pyproject.split("[project]")[1].split("\n[")[0]
    assert 'version = { attr = "vectorstores._version.__version__" }' in pyproject
    import vectorstores

    assert vectorstores.__version__ == read_version(ROOT)
    released = released_versions((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert released[:1] in ([], [read_version(ROOT)])  # the newest section, once there is one, is it


# --- a release driven end to end on a scratch copy ------------------------------------------------


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """What ``python -m generator release`` reads and writes, copied: a repository of its own."""
    for folder in ("generator", "templates"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("openapi.yaml", "CHANGELOG.md", "pyproject.toml", VERSION_FILE.as_posix()):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tmp_path / name)
    # As the committed tree stands at the time of writing: a baseline equal to openapi.yaml.
    shutil.copy2(ROOT / "openapi.yaml", tmp_path / "generator" / "api-baseline.yaml")
    (tmp_path / "generator" / "api-acknowledged.yaml").write_text("acknowledged: []\n", encoding="utf-8")
    return tmp_path


def _generator(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=root, capture_output=True, text=True, check=False
    )


def _break_the_search_request(root: Path) -> str:
    """Remove an optional argument of search(): a breaking change; its id."""
    path = root / "openapi.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    properties = document["components"]["schemas"]["VectorStoreSearchRequest"]["properties"]
    del properties["rewrite_query"]
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return "property-removed:VectorStoreSearchRequest.rewrite_query"


def test_a_release_on_a_scratch_copy(scratch: Path) -> None:
    changelog = scratch / "CHANGELOG.md"
    carried = read_version(scratch)
    # The first release: the version as it stands, the Unreleased section dated under it.
    first = _generator(scratch, "release", "--date", "2026-12-01")
    assert first.returncode == 0, first.stdout + first.stderr
    assert f"release: {carried} (as it stands" in first.stdout
    assert released_versions(changelog.read_text(encoding="utf-8")) == [carried]
    again = _generator(scratch, "release")
    assert again.returncode == 1 and "nothing to release" in again.stderr

    change = _break_the_search_request(scratch)
    refused = _generator(scratch, "release", "--date", "2026-12-07")
    assert refused.returncode == 1 and change in refused.stderr and "refused" in refused.stderr
    assert read_version(scratch) == carried  # nothing written

    acknowledged = scratch / "generator" / "api-acknowledged.yaml"
    acknowledged.write_text(f"acknowledged:\n  - id: {change}\n    note: Search no longer rewrites queries.\n")
    dry = _generator(scratch, "release", "--date", "2026-12-07", "--dry-run")
    expected = bumped(carried, "minor" if parse_version(carried)[0] == 0 else "major")
    assert f"release: {expected} (" in dry.stdout and read_version(scratch) == carried

    done = _generator(scratch, "release", "--date", "2026-12-07")
    assert done.returncode == 0, done.stdout + done.stderr
    assert read_version(scratch) == expected
    text = changelog.read_text(encoding="utf-8")
    assert released_versions(text) == [expected, carried]
    unreleased = text.split("## Unreleased", 1)[1].split(f"## {expected} (2026-12-07)")[0]
    assert "No API change since the last release." in unreleased and "rewrite_query" not in unreleased
    section = changelog_section(text, expected)
    assert "### Breaking" in section and "rewrite_query" in section and "Search no longer rewrites" in section
    assert (scratch / "generator" / "api-baseline.yaml").read_bytes() == (scratch / "openapi.yaml").read_bytes()
    assert yaml.safe_load(acknowledged.read_text())["acknowledged"] == []
    assert _generator(scratch, "check-api").returncode == 0

    notes = _generator(scratch, "release-notes")
    assert notes.returncode == 0 and notes.stdout == section


def _workflow_tag_check(root: Path, tag: str) -> subprocess.CompletedProcess[str]:
    """The release workflow's tag step, as the workflow spells it, with the tag it would be given."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    (line,) = [s["run"] for s in workflow["jobs"]["check"]["steps"] if "--tag" in s.get("run", "")]
    command = line.replace(".venv/bin/python", sys.executable).replace('"$GITHUB_REF_NAME"', tag)
    return subprocess.run(command.split(), cwd=root, capture_output=True, text=True, check=False)


def test_the_release_workflow_refuses_a_tag_that_is_not_the_packages_version(scratch: Path) -> None:
    unreleased = _workflow_tag_check(scratch, f"v{read_version(scratch)}")
    assert unreleased.returncode == 1 and "newest release section is none" in unreleased.stderr
    assert _generator(scratch, "release", "--date", "2026-12-01").returncode == 0
    version = read_version(scratch)
    agreed = _workflow_tag_check(scratch, f"v{version}")
    assert agreed.returncode == 0, agreed.stderr
    other = bumped(version, "patch")
    wrong = _workflow_tag_check(scratch, f"v{other}")
    assert wrong.returncode == 1
    assert re.search(rf"tag v{re.escape(other)} names {re.escape(other)}, but the package carries", wrong.stderr)
    assert _workflow_tag_check(scratch, "latest").returncode == 1
