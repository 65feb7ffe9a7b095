"""The code host's workflows cannot run here, so `make lint` checks them against GitHub's workflow
schema; these tests run that same command on the real files and on broken copies."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _lint_check(files: list[Path]) -> subprocess.CompletedProcess[str]:
    """Run the workflow check exactly as the Makefile's lint recipe spells it, on ``files``."""
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nlint:", 1)[1].split("\n\n", 1)[0]
    line = next(line.strip() for line in recipe.splitlines() if "check-jsonschema" in line)
    command = shlex.split(line.replace("$(BIN)", str(Path(sys.executable).parent)))
    command = [part for part in command if not part.startswith(".github/")] + [str(file) for file in files]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


def test_every_workflow_exists_and_passes_the_lint_check() -> None:
    assert [path.name for path in WORKFLOWS] == ["ci.yml", "docs.yml", "release.yml", "update-spec.yml"]
    result = _lint_check(WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


BREAKS = {
    # A job with no runner, a step that both runs and uses, and a trigger GitHub does not have.
    "no runs-on": (r"\n    runs-on: ubuntu-24\.04", ""),
    "run and uses": (r"\n      - run: bash \.ci/run", "\n      - run: bash .ci/run\n        uses: actions/checkout@v4"),
    "unknown trigger": (r"\n  push:", "\n  pushed:"),
}


RELEASE_BREAKS = {
    # A permission GitHub does not have, a job needing one that does not exist, a tag filter that is
    # a mapping instead of a list of patterns.
    "unknown permission": (r"\n      id-token: write", "\n      id-token: publish"),
    "needs a string list": (r"\n    needs: check", "\n    needs: {job: check}"),
    "tags not a list": (r'\n    tags:\n      - "v\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+"', "\n    tags: {v: 1}"),
}


@pytest.mark.parametrize(
    ("workflow", "kind"), [("ci.yml", kind) for kind in BREAKS] + [("release.yml", kind) for kind in RELEASE_BREAKS]
)
def test_a_broken_copy_fails_the_lint_check(tmp_path: Path, workflow: str, kind: str) -> None:
    pattern, replacement = {**BREAKS, **RELEASE_BREAKS}[kind]
    text = (ROOT / ".github" / "workflows" / workflow).read_text(encoding="utf-8")
    broken, count = re.subn(pattern, replacement, text, count=1)
    assert count == 1, f"{workflow} no longer has what the {kind!r} case breaks"
    yaml.safe_load(broken)  # still YAML: it is the schema that must refuse it
    copy = tmp_path / workflow
    copy.write_text(broken, encoding="utf-8")
    result = _lint_check([copy])
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Schema validation errors were encountered" in result.stdout + result.stderr


def test_ci_runs_the_ci_script_on_every_supported_python() -> None:
    ci = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    job = ci["jobs"]["test"]
    setup = next(step for step in job["steps"] if "setup-python" in step.get("uses", ""))
    versions = setup["with"]["python-version"].split()
    assert sorted(versions) == ["3.10", "3.11", "3.12", "3.13"]  # all on PATH, for .ci/run's nox matrix
    assert versions[-1] == "3.11"  # the default: make test's Python
    assert job["steps"][-1] == {"run": "bash .ci/run"}
    assert {"push", "pull_request"} <= set(ci[True])  # PyYAML reads the key `on` as True


def test_a_version_tag_releases_after_the_checks_with_trusted_publishing() -> None:
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    release = yaml.safe_load(text)
    assert release[True] == {"push": {"tags": ["v[0-9]+.[0-9]+.[0-9]+"]}}  # only a version tag starts it
    assert release["permissions"] == {"contents": "read"}
    check, publish, notes = (release["jobs"][name] for name in ("check", "publish", "github-release"))
    runs = [step.get("run", "") for step in check["steps"]]
    tag_check = next(i for i, run in enumerate(runs) if 'generator version --tag "$GITHUB_REF_NAME"' in run)
    built = next(i for i, run in enumerate(runs) if run.startswith("make release-check DIST=dist TAG="))
    assert tag_check < built  # the version is checked before anything is built
    assert publish["needs"] == "check" and notes["needs"] == "publish"
    # Trusted publishing: the OIDC permission, the pinned PyPA action, and no password or token.
    assert publish["permissions"] == {"id-token": "write"}
    (uploader,) = [s for s in publish["steps"] if "gh-action-pypi-publish" in s.get("uses", "")]
    assert uploader["uses"].startswith("pypa/gh-action-pypi-publish@") and set(uploader["with"]) == {"packages-dir"}
    assert "secrets." not in text and "password:" not in text and "api-token" not in text
    assert notes["permissions"] == {"contents": "write"}
    assert "--notes-file release-notes.md" in notes["steps"][-1]["run"]


def test_every_action_is_pinned_to_a_commit() -> None:
    for path in WORKFLOWS:
        uses = re.findall(r"uses: (\S+)", path.read_text(encoding="utf-8"))
        assert uses
        for action in uses:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), f"{path.name}: {action} is not pinned"


def test_docs_builds_the_site_with_make_and_publishes_what_it_built() -> None:
    docs = yaml.safe_load((ROOT / ".github" / "workflows" / "docs.yml").read_text(encoding="utf-8"))
    assert docs[True]["push"] == {"branches": ["main"]}  # PyYAML reads the key `on` as True
    build, deploy = docs["jobs"]["build"], docs["jobs"]["deploy"]
    runs = [step["run"] for step in build["steps"] if "run" in step]
    assert runs == ["make docs"]  # the Makefile's recipe, the one make test runs, installs and builds
    upload = next(step for step in build["steps"] if "upload-pages-artifact" in step.get("uses", ""))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    out = re.search(r"^DOCS_OUT \?= (\S+)$", makefile, re.M)
    assert out is not None and upload["with"]["path"] == out.group(1)
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert docs["permissions"] == {"contents": "read"}  # only the deploying job may write
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_a_docs_workflow_without_pages_permission_keys_fails_the_lint_check(tmp_path: Path) -> None:
    text = (ROOT / ".github" / "workflows" / "docs.yml").read_text(encoding="utf-8")
    broken, count = re.subn(r"\n      pages: write", "\n      pages: publish", text, count=1)
    assert count == 1
    copy = tmp_path / "docs.yml"
    copy.write_text(broken, encoding="utf-8")
    result = _lint_check([copy])
    assert result.returncode == 1, result.stdout + result.stderr
