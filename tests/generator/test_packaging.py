"""The wheel holds the package a checkout imports: both folders of ``vectorstores`` merged, both
folders of the raw client merged, the emulator, every file of each (found in the tree by the
release check's own rule; ``make release-check`` applies it to the sdist too, and installs both);
and the raw client it installs imports and works with nothing of the checkout around."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from vectorstores import __version__

from tools.release_check import package_files

ROOT = Path(__file__).resolve().parents[2]


# Run where the wheel was unpacked: no site processing (so not the editable install's link tree),
# the unpacked wheel first, then the environment's packages for the dependencies only.
USE_RAW_CLIENT = """
import json, pathlib, sys
import httpx2
import vectorstores_raw
from importlib import resources
from vectorstores_raw.api.vector_stores import get_vector_store
folders = vectorstores_raw.__path__
assert all(pathlib.Path(entry).is_relative_to(sys.argv[1]) for entry in folders), folders
body = {"id": "vs_1", "object": "vector_store", "created_at": 1, "name": "docs", "usage_bytes": 0,
        "status": "completed",
        "file_counts": {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0}}
client = vectorstores_raw.Client(base_url="https://api.test/v1", token="sk-test")
client.set_httpx_client(httpx2.Client(base_url="https://api.test/v1",
                                      transport=httpx2.MockTransport(lambda request: httpx2.Response(200, json=body))))
store = get_vector_store.sync(client, "vs_1")
document = json.loads(resources.files("vectorstores_raw").joinpath("openapi.json").read_text(encoding="utf-8"))
print(type(store).__name__, store.name, "/vector_stores" in document["paths"])
"""


# Built from a copy of the tree: pip builds a local folder in place (build/, *.egg-info), and the
# matrix's installs and make test's run share the checkout.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    ".nox",
    "build",
    "dist",
    "site",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
    "node_modules",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source") / "tree"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = folder.glob(f"vectorstores_openai-{__version__}-*.whl")  # the metadata's version is the package's
    return built


def test_the_wheel_holds_every_module(wheel: Path) -> None:
    held = set(zipfile.ZipFile(wheel).namelist())
    expected = set(package_files(ROOT).values())
    assert {"vectorstores/_client.py", "vectorstores_raw/client.py", "vectorstores_emulator/app.py"} <= expected
    assert any(name.startswith("vectorstores/resources/") for name in expected)  # the generated half
    assert not expected - held, f"left out of the wheel: {sorted(expected - held)}"
    data = {"vectorstores_raw/openapi.json", "vectorstores_raw/STAMP.json", "vectorstores_raw/py.typed"}
    assert not data - held, f"package data left out of the wheel: {sorted(data - held)}"


def test_the_installed_raw_client_works_on_its_own(wheel: Path, tmp_path: Path) -> None:
    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)  # what pip does with a pure-Python wheel
    dependencies = sysconfig.get_paths()["purelib"]
    result = subprocess.run(
        [sys.executable, "-S", "-c", USE_RAW_CLIENT, str(installed)],
        cwd=tmp_path,
        env={"PYTHONPATH": f"{installed}:{dependencies}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["VectorStore", "docs", "True"]


def test_the_installed_cassette_checker_needs_nothing_of_the_checkout(wheel: Path, tmp_path: Path) -> None:
    """``python -m vectorstores.testing check`` as a user runs it: the patched document it checks
    against is the one the wheel ships, and no module of the repository (its generator) is there."""
    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    cassette = ROOT / "tests" / "cassettes" / "recorded" / "vector_store_lifecycle-sync.yaml"
    result = subprocess.run(
        [sys.executable, "-S", "-m", "vectorstores.testing", "check", str(cassette)],
        cwd=tmp_path,
        env={"PYTHONPATH": f"{installed}:{sysconfig.get_paths()['purelib']}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].endswith("0 violations of vectorstores_raw/openapi.json; 0 files not read")
