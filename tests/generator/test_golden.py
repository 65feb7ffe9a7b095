"""Golden records: our templates rendered on small fixture specs must match the committed output
byte for byte. After an intended template change, refresh them with
``UPDATE_GOLDEN=1 make pytest`` and review the diff like any other code change.

The raw client's core (transport, model base, errors, argument checks) is hand-written in
overlays/vectorstores_raw and never rendered; api/__init__.py renders the same for every spec, so
the goldens leave it out and it must equal the committed generated/ copy instead."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.generate import OWN_TEMPLATES, ROOT, Sources, generate

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
SPECS = sorted(path.stem for path in FIXTURES.glob("*.yaml") if path.stem != "config")
GENERATED = ROOT / "generated" / "vectorstores_raw"
CORE = ROOT / "overlays" / "vectorstores_raw"
RUNTIME = ("api/__init__.py",)


def _render(name: str, into: Path) -> Path:
    sources = Sources(spec=FIXTURES / f"{name}.yaml", patches=None, config=FIXTURES / "config.yaml", resources=None)
    return generate(into / "vectorstores_raw", sources)


def _tree(root: Path) -> dict[str, bytes]:
    """The spec-dependent files of a rendered package."""
    files = {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }
    return {name: content for name, content in files.items() if name not in RUNTIME}


@pytest.mark.parametrize("name", SPECS)
def test_fixture_renders_to_its_golden_output(name: str, tmp_path: Path) -> None:
    rendered = _render(name, tmp_path)
    golden = GOLDEN / name
    for module in RUNTIME:
        assert (rendered / module).read_bytes() == (GENERATED / module).read_bytes(), f"{module} depends on the spec?"
    # The core comes from overlays/vectorstores_raw alone: a rendered copy would shadow it.
    written_twice = sorted(path.name for path in CORE.iterdir() if (rendered / path.name).exists())
    assert not written_twice, f"rendered although hand-written in overlays/vectorstores_raw: {written_twice}"
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(golden, ignore_errors=True)
        for path, content in _tree(rendered).items():
            (golden / path).parent.mkdir(parents=True, exist_ok=True)
            (golden / path).write_bytes(content)
    assert golden.is_dir(), f"no golden output for {name}; run with UPDATE_GOLDEN=1"
    expected, actual = _tree(golden), _tree(rendered)
    assert sorted(actual) == sorted(expected)
    changed = [path for path in expected if expected[path] != actual[path]]
    assert not changed, f"rendered output differs from golden/{name}: {changed}"


def test_golden_outputs_pass_mypy_strict(tmp_path: Path) -> None:
    for name in SPECS:
        package = tmp_path / name / "vectorstores_raw"
        shutil.copytree(GOLDEN / name, package)
        for runtime in RUNTIME:
            shutil.copyfile(GENERATED / runtime, package / runtime)
        for core in CORE.glob("*.py"):
            shutil.copyfile(core, package / core.name)
    for name in SPECS:
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "vectorstores_raw"],
            cwd=tmp_path / name,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{name}: {result.stdout}{result.stderr}"


def test_every_template_overrides_an_upstream_template() -> None:
    """Apart from the modules we render ourselves (OWN_TEMPLATES, and the public surface under
    templates/public), a template with no upstream twin would be silently unused: the upstream
    one was renamed."""
    import openapi_python_client

    upstream = Path(openapi_python_client.__file__).parent / "templates"
    ours = [path.relative_to(ROOT / "templates") for path in (ROOT / "templates").rglob("*.jinja")]
    assert ours, "no templates found"
    own = [path for path in ours if path.parts[0] == "public" or str(path) in OWN_TEMPLATES]
    orphans = [str(path) for path in ours if not (upstream / path).is_file() and path not in own]
    assert not orphans, f"templates with no twin in openapi-python-client (renamed upstream?): {orphans}"


def test_generation_leaves_nothing_stale(tmp_path: Path) -> None:
    output = _render("enum", tmp_path)
    (output / "stale.py").write_text("left over\n")
    (output / "api" / "old_tag").mkdir()
    regenerated = _render("enum", tmp_path)
    assert not (regenerated / "stale.py").exists()
    assert not (regenerated / "api" / "old_tag").exists()
    assert _tree(regenerated) == _tree(GOLDEN / "enum")
