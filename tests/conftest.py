"""What every test folder shares: the event loops async tests run on, and what Python 3.10 leaves out."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

# The SDK runs on Python 3.10, but some of the tools around it need 3.11 and have no release for
# 3.10: test code importing them is not collected there, and the run ends by listing it.
_RECORDER = "vcrpy 9.4, the first to record httpx2, needs Python 3.11"
_GENERATOR = "the generator's openapi-python-client 0.29 needs Python 3.11"
NEEDS_PYTHON_311 = {
    "vcr": _RECORDER,
    "vectorstores.testing": _RECORDER,
    "generator": _GENERATOR,
    "openapi_python_client": _GENERATOR,
    "tomllib": "tomllib is new in Python 3.11",
}
_left_out: dict[str, str] = {}


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Each ``@pytest.mark.anyio`` test runs once per event loop openai's AsyncOpenAI supports:
    asyncio and trio (anyio's pytest plugin runs the test and its async fixtures in it)."""
    backend: str = request.param
    return backend


def _imported(source: Path) -> list[str]:
    """The absolute module names ``source`` imports, anywhere in it."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source.read_bytes(), str(source))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def _needs_python_311(path: Path, root: Path) -> str | None:
    """Why the test module ``path`` cannot run before 3.11, if so: it, or a conftest.py whose
    fixtures it gets, imports something that needs 3.11."""
    if path.suffix != ".py" or not path.name.startswith("test_"):
        return None
    sources = [path, *(folder / "conftest.py" for folder in path.parents if folder.is_relative_to(root))]
    for source in sources:
        if not source.is_file():
            continue
        for name in _imported(source):
            for module, reason in NEEDS_PYTHON_311.items():
                if name == module or name.startswith(module + "."):
                    return reason
    return None


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if sys.version_info >= (3, 11):
        return None
    reason = _needs_python_311(collection_path, Path(__file__).parent)
    if reason is None:
        return None
    _left_out[str(collection_path.relative_to(config.rootpath))] = reason
    return True


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _left_out:
        version = ".".join(map(str, sys.version_info[:2]))
        terminalreporter.write_sep("=", f"not collected on Python {version}: {len(_left_out)} test modules or folders")
        for path, reason in sorted(_left_out.items()):
            terminalreporter.write_line(f"{path}: {reason}")
