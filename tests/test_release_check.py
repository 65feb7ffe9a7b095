"""``make release-check`` refuses what must not be published. It passes on the tree as it is (its
stage of ``make test``); here it runs on scratch copies with one defect planted in each, and must
fail at the stage that sees it, before installing anything."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tools.release_check import clean_copy

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "release_check.py"


def _copy(tmp_path: Path) -> Path:
    """The tree as git sees it, in a repository of its own (its files all new, none ignored)."""
    tree = clean_copy(ROOT, tmp_path / "tree")
    subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
    return tree


def _release_check(tree: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--source", str(tree), *args], capture_output=True, text=True, check=False
    )


def _edit(path: Path, pattern: str, replacement: str) -> None:
    text, count = re.subn(pattern, replacement, path.read_text(encoding="utf-8"), count=1, flags=re.M)
    assert count == 1, f"{path.name} no longer has {pattern!r}"
    path.write_text(text, encoding="utf-8")


def test_a_module_left_out_of_the_wheel_fails(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    # A packaging slip: setup.py stops shipping a subpackage the tree still has.
    _edit(tree / "setup.py", r"^setup\(", 'packages = [p for p in packages if p != "vectorstores.cli"]\nsetup(')
    result = _release_check(tree)
    assert result.returncode == 1
    assert "FAILED at contents" in result.stderr
    assert "wheel: missing vectorstores/cli/commands.py" in result.stderr
    assert "sdist: missing overlays/vectorstores/cli/commands.py" in result.stderr
    assert "installed" not in result.stdout  # stopped before any virtualenv


@pytest.mark.parametrize(
    ("defect", "edit", "said"),
    [
        (
            "the wheel's version is not the package's",
            ("pyproject.toml", r'^dynamic = \["version"\]$', 'version = "0.0.9"'),
            "wheel: Version is '0.0.9', but overlays/vectorstores/_version.py says",
        ),
        (
            "the changelog's newest release is not the package's version",
            ("CHANGELOG.md", r"^## Unreleased$", "## Unreleased\n\n## 0.0.9 (2026-01-01)"),
            "CHANGELOG.md's newest release is 0.0.9, but overlays/vectorstores/_version.py says",
        ),
    ],
    ids=["wheel-version", "changelog-version"],
)
def test_a_version_mismatch_fails(tmp_path: Path, defect: str, edit: tuple[str, str, str], said: str) -> None:
    tree = _copy(tmp_path)
    name, pattern, replacement = edit
    _edit(tree / name, pattern, replacement)
    result = _release_check(tree)
    assert result.returncode == 1, defect
    assert "FAILED at metadata" in result.stderr and said in result.stderr, result.stderr


def test_a_tag_naming_another_version_fails(tmp_path: Path) -> None:
    result = _release_check(_copy(tmp_path), "--tag", "v99.0.0")
    assert result.returncode == 1
    assert "the tag v99.0.0 names 99.0.0, but overlays/vectorstores/_version.py says" in result.stderr


def test_a_test_folder_inside_a_package_fails(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    planted = tree / "overlays" / "vectorstores" / "tests"
    planted.mkdir()
    (planted / "__init__.py").write_text("")
    (planted / "test_client.py").write_text("def test_nothing() -> None:\n    pass\n")
    result = _release_check(tree)
    assert result.returncode == 1
    assert "wheel: does not belong in it: vectorstores/tests/test_client.py" in result.stderr
