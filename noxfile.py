"""The fast suite (generator, overlays, emulator, cassettes) on every Python the package supports,
less the tests marked ``pipeline`` (make's pipeline end to end in a scratch copy of the project:
it runs on .venv's Python, which make test covers).

``nox`` runs one session per version (``nox -s tests-3.12`` runs one); ``make matrix`` runs them
all, and ``.ci/run`` runs it beside ``make test``, one version at a time. Each session has a virtualenv of its own
under ``.nox/``, kept between runs, into which pip installs the project with the extras those
tests import, from the package registry.

Interpreters are found where pyenv keeps them (``$(pyenv root)/versions/X.Y.*``) before ``PATH``:
pyenv's ``python3.10`` shim answers only while that version is enabled. A version found nowhere
is skipped with nox's "interpreter not found" line, not failed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

# Keep in step with requires-python: what is tested here is what pyproject.toml promises. On 3.10
# the test modules that need a tool without a 3.10 release are left out, and listed at the end of
# the run (tests/conftest.py).
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
# What the fast suite imports beyond the SDK: the dev tools (pytest, vcrpy, hypothesis, the
# generator's pins, mypy for the golden records), the emulator, and httpx-aiohttp for
# DefaultAioHttpClient. Not cli or bench: no test of these folders needs click or rich, and the
# one comparing with openai skips without it.
EXTRAS = "dev,emulator,aiohttp"
SUITE = ["tests/generator", "tests/overlays", "tests/emulator", "tests/cassettes"]
SHOW_VERSIONS = "import sys, httpx2; print(sys.executable, sys.version.split()[0], 'httpx2', httpx2.__version__)"

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"  # a second run only re-checks the installed requirements
nox.options.error_on_missing_interpreters = False  # a missing version is skipped (nox says so), CI included
nox.options.download_python = "never"  # the interpreters are the machine's: none fetched behind its back
nox.options.sessions = ["tests"]


def _pyenv_root() -> Path | None:
    """Where pyenv keeps its interpreters, if pyenv is here at all."""
    if os.environ.get("PYENV_ROOT"):
        return Path(os.environ["PYENV_ROOT"])
    pyenv = shutil.which("pyenv")
    if pyenv is not None:
        found = subprocess.run([pyenv, "root"], capture_output=True, text=True, check=False).stdout.strip()
        if found:
            return Path(found)
    default = Path.home() / ".pyenv"
    return default if default.is_dir() else None


def _put_pyenv_versions_first() -> None:
    """Put the newest pyenv install of each version in PATH ahead of the shims, so that nox's
    lookup of ``python3.X`` finds a real interpreter whether or not that version is enabled."""
    root = _pyenv_root()
    if root is None:
        return
    found: list[str] = []
    for version in PYTHONS:
        installs = [path for path in root.glob(f"versions/{version}.*/bin") if (path / f"python{version}").is_file()]
        # 3.12.10 after 3.12.9: compare the patch numbers, not the text
        installs.sort(key=lambda path: [int(part) for part in path.parent.name.split(".") if part.isdigit()])
        if installs:
            found.append(str(installs[-1]))
    if found:
        os.environ["PATH"] = os.pathsep.join([*found, os.environ.get("PATH", "")])


_put_pyenv_versions_first()


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The fast suite on one Python; arguments after ``--`` replace the folders and options."""
    # A virtualenv made before the distribution was renamed vectorstores-openai lists the old name.
    session.run(
        "python", "-m", "pip", "uninstall", "--quiet", "--yes", "vectorstores", silent=True, success_codes=[0, 1]
    )
    session.install("--quiet", "--disable-pip-version-check", "-e", f".[{EXTRAS}]")
    # Which interpreter and which httpx2 the resolver chose (2.14 on 3.10, its last release there).
    session.run("python", "-c", SHOW_VERSIONS)
    arguments = session.posargs or ["-q", "-x", "-p", "no:cacheprovider", *SUITE]
    session.run("python", "-m", "pytest", "-m", "not slow and not pipeline", *arguments)
