"""Type checkers see this package as openai-python's: openai-style code passes ``mypy --strict``
and openai's mistakes fail it, run from outside the checkout against the installed package (the
editable install ``make install`` makes, or a wheel)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).parent / "samples"


def _mypy(sample: str, tmp_path: Path) -> tuple[int, str]:
    shutil.copy(SAMPLES / sample, tmp_path / sample)  # outside the checkout: no project config applies
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--hide-error-context", sample],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def test_openai_style_code_type_checks(tmp_path: Path) -> None:
    code, output = _mypy("openai_style.py", tmp_path)
    assert code == 0, output
    assert "Cannot find implementation" not in output


def test_openai_style_mistakes_are_each_an_error(tmp_path: Path) -> None:
    code, output = _mypy("openai_style_mistakes.py", tmp_path)
    lines = (SAMPLES / "openai_style_mistakes.py").read_text(encoding="utf-8").splitlines()
    expected = {number for number, line in enumerate(lines, start=1) if "# error" in line}
    found = {int(m.group(1)) for m in re.finditer(r"openai_style_mistakes\.py:(\d+): error", output)}
    assert code == 1, output
    assert found == expected, f"missed: {sorted(expected - found)}, unexpected: {sorted(found - expected)}\n{output}"
