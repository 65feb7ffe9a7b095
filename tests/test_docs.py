"""`make docs` fails on what would break the site: a link to a page that is not there, a reference
to an API name that resolves nowhere, a page left out of the navigation. Each case builds a small
site with the project's configuration (docs/conf.py) and the Makefile's own command."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")

ROOT = Path(__file__).resolve().parent.parent

GOOD_INDEX = """# Home

See [the guide](guides/guide.md), {py:class}`vectorstores.OpenAI` and [api.md](../api.md).

```{toctree}
guides/guide
reference
/api
```
"""
GUIDE = "# Guide\n\nBack [home](../index.md).\n"
REFERENCE = "# Reference\n\n```{eval-rst}\n.. autoclass:: vectorstores.OpenAI\n   :no-members:\n```\n"


def _docs_command(source: Path, out: Path) -> list[str]:
    """The docs recipe of the Makefile, pointed at ``source`` and ``out``."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ndocs:", 1)[1].split("\n\n", 1)[0]
    line = next(line.strip() for line in recipe.splitlines() if "-m sphinx" in line)
    command = shlex.split(line.replace("$(BIN)/python", sys.executable))
    assert command[-2:] == [".", "$(DOCS_OUT)"], command
    command[command.index("-c") + 1] = str(ROOT / "docs")
    command[command.index("-d") + 1] = str(out / ".doctrees")
    return [*command[:-2], str(source), str(out / "html")]


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def _build(tmp_path: Path, pages: dict[str, str], path: Path | None = None) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "src"
    _write(source, {"api.md": "# API\n", **pages})
    env = dict(os.environ)
    if path is not None:  # a package of the test's own, importable by the build
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(path), env.get("PYTHONPATH")]))
    return subprocess.run(
        _docs_command(source, tmp_path / "out"),
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
        env=env,
    )


def _site(index: str = GOOD_INDEX, guide: str = GUIDE, **more: str) -> dict[str, str]:
    return {"docs/index.md": index, "docs/guides/guide.md": guide, "docs/reference.md": REFERENCE, **more}


def test_a_sound_site_builds_with_no_warning(tmp_path: Path) -> None:
    result = _build(tmp_path, _site())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr
    html = tmp_path / "out" / "html"
    assert (html / "index.html").is_file()  # what GitHub Pages serves, sending on to the landing page
    assert 'id="vectorstores.OpenAI"' in (html / "docs" / "reference.html").read_text(encoding="utf-8")


BREAKS = {
    "a link to a page that is not there": (
        _site(guide="# Guide\n\nSee [the emulator](emulator.md).\n"),
        "cross-reference target not found: 'emulator.md'",
    ),
    "a link to a heading that is not there": (
        _site(guide="# Guide\n\nSee [home](../index.md#no-such-heading).\n"),
        "no-such-heading",
    ),
    "an API name that resolves nowhere": (
        _site(guide="# Guide\n\n{py:class}`vectorstores.NoSuchClient`\n"),
        "py:class reference target not found: vectorstores.NoSuchClient",
    ),
    "a page left out of the navigation": (
        _site(**{"docs/guides/lost.md": "# Lost\n"}),
        "document isn't included in any toctree",
    ),
    "a module that does not import": (
        _site(**{"docs/reference.md": "```{eval-rst}\n.. automodule:: vectorstores.no_such_module\n```\n"}),
        "vectorstores.no_such_module",
    ),
}


@pytest.mark.parametrize("kind", BREAKS)
def test_a_broken_site_fails_the_build(tmp_path: Path, kind: str) -> None:
    pages, said = BREAKS[kind]
    result = _build(tmp_path, pages)
    assert result.returncode != 0, result.stdout + result.stderr
    assert said in result.stderr


def test_the_site_loads_nothing_from_the_network(tmp_path: Path) -> None:
    result = _build(tmp_path, _site())
    assert result.returncode == 0, result.stdout + result.stderr
    for page in (tmp_path / "out" / "html").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        remote = re.findall(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"(?:https?:)?//[^\"]+\"", text)
        assert not remote, f"{page.name} loads {remote}"
        assert "fonts.googleapis" not in text


def test_every_guide_is_a_page_of_the_site() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^(guides/[\w-]+)$", index, re.M))
    assert listed == {f"guides/{page.stem}" for page in (ROOT / "docs" / "guides").glob("*.md")}
    for top in ("CONTRIBUTING", "api", "CHANGELOG", "API-CHANGES", "RELIABILITY", "BENCHMARKS"):
        assert f"/{top}" in index.splitlines(), top


PACKAGE = {
    "demo_pkg/__init__.py": "",
    "demo_pkg/good.py": 'class Good:\n    """A public class."""\n',
    "demo_pkg/_private.py": 'class Hidden:\n    """Not for the site."""\n',
    "demo_pkg/sub/__init__.py": "",
    "demo_pkg/sub/added.py": 'def added() -> None:\n    """What a regeneration added."""\n',
}
PACKAGE_PAGE = REFERENCE + "\n```{eval-rst}\n.. package-reference:: demo_pkg\n\n   :members:\n```\n"


def test_package_reference_documents_every_public_module_it_finds(tmp_path: Path) -> None:
    _write(tmp_path / "pkgs", PACKAGE)
    result = _build(tmp_path, _site(**{"docs/reference.md": PACKAGE_PAGE}), path=tmp_path / "pkgs")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (tmp_path / "out" / "html" / "docs" / "reference.html").read_text(encoding="utf-8")
    assert 'id="demo_pkg.good.Good"' in page
    assert 'id="demo_pkg.sub.added.added"' in page  # found in a subpackage, listed nowhere by hand
    assert "Hidden" not in page


def test_package_reference_fails_on_a_subpackage_that_does_not_import(tmp_path: Path) -> None:
    _write(tmp_path / "pkgs", {**PACKAGE, "demo_pkg/sub/__init__.py": "raise ImportError('half-generated')\n"})
    result = _build(tmp_path, _site(**{"docs/reference.md": PACKAGE_PAGE}), path=tmp_path / "pkgs")
    assert result.returncode != 0, result.stdout + result.stderr
    assert "cannot import demo_pkg.sub" in result.stdout + result.stderr
