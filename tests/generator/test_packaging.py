"""The wheel holds the package a checkout imports: both folders of ``vectorstores`` merged, the
raw client and the emulator, every file of each (the list is found in the tree by the release
check's own rule; ``make release-check`` applies it to the sdist too, and installs both)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from vectorstores import __version__

from tools.release_check import package_files

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_holds_every_module(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob(f"vectorstores_openai-{__version__}-*.whl")  # the metadata's version is the package's
    held = set(zipfile.ZipFile(wheel).namelist())
    expected = set(package_files(ROOT).values())
    assert {"vectorstores/_client.py", "vectorstores_raw/py.typed", "vectorstores_emulator/app.py"} <= expected
    assert any(name.startswith("vectorstores/resources/") for name in expected)  # the generated half
    assert not expected - held, f"left out of the wheel: {sorted(expected - held)}"
