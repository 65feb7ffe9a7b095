"""Type checkers see this package as openai-python's: openai-style code passes ``mypy --strict``
and pyright, and openai's mistakes fail them, checked from outside the checkout against the
installed package (the editable install ``make install`` makes, or a wheel)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent / "samples"
CHECKERS = {
    "mypy": [sys.executable, "-m", "mypy", "--strict", "--hide-error-context"],
    "pyright": [sys.executable, "-m", "pyright", "--pythonpath", sys.executable],
}
REPORTED = {"mypy": r"{name}:(\d+): error", "pyright": r"{name}:(\d+):\d+ - error"}


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for this module's runs, new each session: the installed package and its
    dependencies, the same for every sample, are analysed once (about 10 s of each run) rather
    than three times. A cached module is re-read only while its source is unchanged, so each
    sample is still checked whole against the package as installed."""
    return tmp_path_factory.mktemp("mypy-cache")


def _command(checker: str, mypy_cache: Path) -> list[str]:
    return [*CHECKERS[checker], *(["--cache-dir", str(mypy_cache)] if checker == "mypy" else [])]


def _check(checker: str, sample: str, tmp_path: Path, mypy_cache: Path) -> tuple[int, str]:
    if checker == "pyright" and shutil.which("node") is None:
        pytest.skip("pyright runs on Node.js, which this machine lacks")
    shutil.copy(SAMPLES / sample, tmp_path / sample)  # outside the checkout: no project config applies
    result = subprocess.run(
        [*_command(checker, mypy_cache), sample], cwd=tmp_path, capture_output=True, text=True, check=False, timeout=600
    )
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize("checker", sorted(CHECKERS))
def test_openai_style_code_type_checks(checker: str, tmp_path: Path, mypy_cache: Path) -> None:
    code, output = _check(checker, "openai_style.py", tmp_path, mypy_cache)
    assert code == 0, output
    assert "Cannot find implementation" not in output and "could not be resolved" not in output


@pytest.mark.parametrize("checker", sorted(CHECKERS))
def test_openai_style_mistakes_are_each_an_error(checker: str, tmp_path: Path, mypy_cache: Path) -> None:
    sample = "openai_style_mistakes.py"
    code, output = _check(checker, sample, tmp_path, mypy_cache)
    lines = (SAMPLES / sample).read_text(encoding="utf-8").splitlines()
    marks = {number: line.rpartition("# error")[2] for number, line in enumerate(lines, 1) if "  # error" in line}
    expected = {number for number, only in marks.items() if not only.strip(": ") or only.strip(": ") == checker}
    found = {int(n) for n in re.findall(REPORTED[checker].format(name=re.escape(sample)), output)}
    assert code == 1, output
    assert found == expected, f"missed: {sorted(expected - found)}, unexpected: {sorted(found - expected)}\n{output}"


# Deprecations are reported only when asked for, as each checker's users ask for them.
DEPRECATIONS = {"mypy": ["--enable-error-code", "deprecated"], "pyright": []}


@pytest.mark.parametrize("checker", sorted(CHECKERS))
def test_a_call_of_a_deprecated_method_is_reported(checker: str, tmp_path: Path, mypy_cache: Path) -> None:
    sample = "deprecated_calls.py"
    if checker == "pyright" and shutil.which("node") is None:
        pytest.skip("pyright runs on Node.js, which this machine lacks")
    shutil.copy(SAMPLES / sample, tmp_path / sample)
    result = subprocess.run(
        [*_command(checker, mypy_cache), *DEPRECATIONS[checker], sample],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    output = result.stdout + result.stderr
    lines = (SAMPLES / sample).read_text(encoding="utf-8").splitlines()
    expected = {number for number, line in enumerate(lines, 1) if line.endswith("# deprecated")}
    found = {int(n) for n in re.findall(REPORTED[checker].format(name=re.escape(sample)), output)}
    assert found == expected, f"missed: {sorted(expected - found)}, unexpected: {sorted(found - expected)}\n{output}"
    if checker == "mypy":  # pyright shows the message on hover only
        assert "content()" in output  # the message says what to call instead
