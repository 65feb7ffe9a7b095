"""The wheel holds the package a checkout imports: both folders of ``vectorstores`` merged, the
raw client and the emulator, every module of each."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = {
    "vectorstores": [ROOT / "overlays" / "vectorstores", ROOT / "generated" / "vectorstores"],
    "vectorstores_raw": [ROOT / "generated" / "vectorstores_raw"],
    "vectorstores_emulator": [ROOT / "emulator" / "vectorstores_emulator"],
}


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
    (wheel,) = tmp_path.glob("vectorstores-*.whl")
    held = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"{package}/{module.relative_to(folder).as_posix()}"
        for package, folders in FOLDERS.items()
        for folder in folders
        for module in folder.rglob("*.py")
    }
    assert len(expected) > 100
    assert not expected - held, f"left out of the wheel: {sorted(expected - held)}"
