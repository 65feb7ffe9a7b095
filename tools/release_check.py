"""``make release-check``: what would be published, built and tried the way a user meets it.

1. Copy the tree as git sees it (tracked and new files, nothing ignored: no build/, caches or
   egg-info that could leak into a wheel) and build the sdist, then the wheel from the sdist,
   with pypa's ``build``, as the release workflow does.
2. Check both without installing them: ``twine check --strict`` (the long description renders),
   the metadata (name, the version of ``vectorstores/_version.py``, which CHANGELOG.md's newest
   release section must name too, licence, project URLs), and the contents: every file of every
   package folder under overlays/, generated/ and emulator/ (found in the tree, not listed here),
   ``py.typed``, the licence, and no tests or caches.
3. On the oldest and the newest supported Python, install each file into a fresh virtualenv with
   the ``emulator`` and ``cli`` extras, from that file only (dependencies from the index or pip's
   cache); import it there, type-check a two-line program against it with ``mypy --strict``, and
   run the quick start (examples/quickstart.py) against the installed emulator.

Every problem of a stage is reported; a stage with problems ends the run (nothing is installed
from artifacts already known to be wrong). ``--dist DIR`` keeps the two files (the release
workflow publishes them); ``--tag v1.2.3`` also requires the tag to name the version.
"""

from __future__ import annotations

import argparse
import email.parser
import email.policy
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the generator's version helpers are beside it

from generator.versioning import VERSION_FILE, read_version, released_versions, version_of_tag  # noqa: E402

# Folders whose subfolders are the shipped packages, each named as the package it is (or half of:
# generated/vectorstores and overlays/vectorstores are one package).
PACKAGE_ROOTS = ("overlays", "generated", "emulator")
TYPED = ("vectorstores", "vectorstores_raw")  # the packages type checkers must see (PEP 561)
# Never inside a distribution: test folders, caches, byte code, virtualenvs.
FORBIDDEN_PARTS = {"tests", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", ".venv"}
FORBIDDEN_SUFFIXES = (".pyc", ".pyo")
URLS = ("Homepage", "Repository", "Changelog")
PYTHONS = ("3.10", "3.13")  # the oldest and newest that requires-python and the CI matrix promise
EXTRAS = "emulator,cli"  # the emulator to run against; rich (cli) for the quick start's display
# Two lines a user writes: under --strict, an untyped or unfound package is an error.
PROGRAM = (
    'from vectorstores import OpenAI\nstore_id: str = OpenAI(api_key="sk-check").vector_stores.create(name="x").id\n'
)


class Problems(Exception):
    """A stage found what is listed; the run stops after it."""

    def __init__(self, stage: str, found: list[str]) -> None:
        super().__init__(f"{stage}: {len(found)} problem(s)")
        self.stage, self.found = stage, found


def _say(text: str) -> None:
    print(f"release-check: {text}", flush=True)


def _run(command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd, env=env)
    if result.returncode != 0:
        shown = " ".join(command)
        raise Problems("command", [f"`{shown}` exited {result.returncode}:\n{result.stdout}{result.stderr}".rstrip()])
    return result.stdout


# --- 1. a clean tree, built ----------------------------------------------------------------------


def clean_copy(source: Path, into: Path) -> Path:
    """The files of ``source`` git would commit (tracked or new, not ignored), copied into ``into``."""
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=source)
    for name in sorted(set(filter(None, listed.split("\0")))):
        origin = source / name
        if origin.is_file():  # a tracked file deleted in the work tree is not part of it
            target = into / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, target)
    return into


def build(tree: Path, dist: Path) -> tuple[Path, Path]:
    """The sdist, and the wheel built from it (``build``'s default), with this environment's setuptools."""
    stale = sorted(path.name for pattern in ("*.tar.gz", "*.whl") for path in dist.glob(pattern))
    if stale:
        raise Problems("build", [f"{dist} already holds {', '.join(stale)}: name an empty folder"])
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(tree)])
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")
    return sdist, wheel


# --- 2. metadata and contents --------------------------------------------------------------------


def package_files(tree: Path) -> dict[str, str]:
    """Every file of every shipped package: its path in the tree (and the sdist) -> its path in a
    wheel (``overlays/vectorstores/_client.py`` -> ``vectorstores/_client.py``)."""
    found: dict[str, str] = {}
    for root in PACKAGE_ROOTS:
        # Each folder here is (a half of) the package of its name: generated/vectorstores has no
        # __init__.py of its own, overlays/vectorstores has it.
        for package in sorted(p for p in (tree / root).iterdir() if p.is_dir() and not p.name.startswith(".")):
            for file in package.rglob("*"):
                relative = PurePosixPath(file.relative_to(package).as_posix())
                if file.is_file() and not _forbidden(relative):
                    found[f"{root}/{package.name}/{relative}"] = f"{package.name}/{relative}"
    return found


def project_name(tree: Path) -> str:
    import tomllib  # here, not at the top: tests/generator/test_packaging.py imports this module on 3.10 too

    name: str = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    return name


def _forbidden(path: PurePosixPath) -> bool:
    return bool(FORBIDDEN_PARTS & set(path.parts)) or path.suffix in FORBIDDEN_SUFFIXES


def _metadata(text: str) -> email.message.Message:
    return email.parser.Parser(policy=email.policy.compat32).parsestr(text)


def check_metadata(tree: Path, sdist: Path, wheel: Path, tag: str | None) -> str:
    """The version everything agrees on; Problems listing each disagreement otherwise."""
    problems: list[str] = []
    name = project_name(tree)
    version = read_version(tree)
    released = released_versions((tree / "CHANGELOG.md").read_text(encoding="utf-8"))
    if released and released[0] != version:
        problems.append(f"CHANGELOG.md's newest release is {released[0]}, but {VERSION_FILE} says {version}")
    if tag is not None:
        if version_of_tag(tag) != version:
            problems.append(f"the tag {tag} names {version_of_tag(tag)}, but {VERSION_FILE} says {version}")
        if not released or released[0] != version:
            problems.append(f"CHANGELOG.md has no section for {version} at the top (run `make release`)")
    with zipfile.ZipFile(wheel) as archive:
        (info,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        wheel_meta = _metadata(archive.read(info).decode())
        names = set(archive.namelist())
    with tarfile.open(sdist) as archive:
        (pkg_info,) = [m for m in archive.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")]
        stream = archive.extractfile(pkg_info)
        assert stream is not None
        sdist_meta = _metadata(stream.read().decode())
    for label, meta in (("wheel", wheel_meta), ("sdist", sdist_meta)):
        if meta["Name"] != name:
            problems.append(f"{label}: Name is {meta['Name']!r}, pyproject.toml says {name!r}")
        if meta["Version"] != version:
            problems.append(f"{label}: Version is {meta['Version']!r}, but {VERSION_FILE} says {version!r}")
        if meta["License-Expression"] != "MIT" or "LICENSE" not in (meta.get_all("License-File") or []):
            problems.append(f"{label}: licence metadata is {meta['License-Expression']!r} / {meta['License-File']!r}")
        if meta["Description-Content-Type"] != "text/markdown" or len(meta.get_payload() or "") < 200:
            problems.append(f"{label}: the long description (README.md as Markdown) is missing")
        urls = dict(str(entry).split(", ", 1) for entry in meta.get_all("Project-URL") or [])
        problems += [
            f"{label}: no https Project-URL {key!r}" for key in URLS if not urls.get(key, "").startswith("https://")
        ]
        if not meta["Requires-Python"]:
            problems.append(f"{label}: no Requires-Python")
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        problems.append("wheel: the LICENSE file is not in its .dist-info")
    twine = _twine_check(sdist, wheel)
    if twine:
        problems.append(twine)
    if problems:
        raise Problems("metadata", problems)
    return version


def _twine_check(*files: Path) -> str:
    command = [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return "" if result.returncode == 0 else f"twine check --strict failed:\n{result.stdout}{result.stderr}".rstrip()


def check_contents(tree: Path, sdist: Path, wheel: Path) -> None:
    """Every package file in both archives; the markers and the licence; nothing that is not ours."""
    expected = set(package_files(tree).values())
    problems: list[str] = []
    with zipfile.ZipFile(wheel) as archive:
        held = {name for name in archive.namelist() if not name.endswith("/")}
    problems += [f"wheel: missing {name}" for name in sorted(expected - held)]
    problems += [f"wheel: no {package}/py.typed" for package in TYPED if f"{package}/py.typed" not in held]
    packages = {name.split("/", 1)[0] for name in expected}
    for name in sorted(held):
        top = name.split("/", 1)[0]
        if _forbidden(PurePosixPath(name)) or not (top in packages or top.endswith(".dist-info")):
            problems.append(f"wheel: does not belong in it: {name}")
    with tarfile.open(sdist) as archive:
        members = {member.name.split("/", 1)[1] for member in archive.getmembers() if member.isfile()}
    wanted = set(package_files(tree)) | {"pyproject.toml", "setup.py", "README.md", "LICENSE", "PKG-INFO"}
    problems += [f"sdist: missing {name}" for name in sorted(wanted - members)]
    problems += [f"sdist: does not belong in it: {name}" for name in sorted(members) if _forbidden(PurePosixPath(name))]
    if problems:
        raise Problems("contents", problems)


# --- 3. installed, imported, type-checked, run ---------------------------------------------------


def find_python(version: str) -> Path:
    """An interpreter of ``version``: pyenv's install of it (enabled or not), else ``pythonX.Y`` on PATH."""
    pyenv_root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    installed = sorted(
        Path(pyenv_root, "versions").glob(f"{version}.*/bin/python{version}"),
        key=lambda path: [int(part) for part in path.parts[-3].split(".") if part.isdigit()],
    )
    if installed:
        return installed[-1]
    on_path = shutil.which(f"python{version}")
    if on_path is None:
        raise Problems("pythons", [f"no Python {version}: install it (pyenv install {version}) or put it on PATH"])
    return Path(on_path)


@contextmanager
def _emulator(python: Path, cwd: Path) -> Iterator[str]:
    from vectorstores_emulator.launch import serving_child  # the dev install's helper; the server runs below

    with serving_child(
        [str(python), "-m", "vectorstores_emulator", "--host", "127.0.0.1", "--port", "0"], cwd=cwd
    ) as url:
        yield url


def try_installed(artifact: Path, python: Path, name: str, version: str, tree: Path, work: Path) -> str:
    """``artifact`` installed into a fresh virtualenv of ``python``, then imported, checked, run;
    how long each took."""
    began = time.monotonic()
    venv = work / "venv"
    # No pip of its own (ensurepip takes seconds): this environment's pip installs into it
    # (``pip --python``), without compiling byte code for every dependency it unpacks.
    _run([str(python), "-m", "venv", "--without-pip", str(venv)])
    venv_python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(venv_python), "--disable-pip-version-check"]
    _run([*pip, "install", "--quiet", "--no-compile", f"{name}[{EXTRAS}] @ {artifact.as_uri()}"])
    installed = time.monotonic()
    where = work / "run"  # not the checkout: nothing there may stand in for the installed package
    where.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH", "VIRTUAL_ENV")}
    shown = _run(
        [
            str(venv_python),
            "-c",
            "import vectorstores, vectorstores_raw, vectorstores_emulator as e; from vectorstores import OpenAI;"
            " print(vectorstores.__version__, vectorstores.__file__)",
        ],
        cwd=where,
        env=env,
    ).split()
    problems: list[str] = []
    if shown[0] != version:
        problems.append(f"installed vectorstores.__version__ is {shown[0]}, not {version}")
    if not Path(shown[1]).is_relative_to(venv):
        problems.append(f"vectorstores was imported from {shown[1]}, not from the virtualenv")
    (where / "program.py").write_text(PROGRAM, encoding="utf-8")
    minor = _run([str(venv_python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"]).strip()
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", str(venv_python),
            "--python-version", minor, "program.py"]  # fmt: skip
    checked = subprocess.run(mypy, capture_output=True, text=True, check=False, cwd=where, env=env)
    if checked.returncode != 0:
        problems.append(f"mypy --strict on a two-line program failed:\n{checked.stdout}{checked.stderr}".rstrip())
    typed = time.monotonic()
    with _emulator(venv_python, where) as base_url:
        quick = subprocess.run(
            [str(venv_python), str(tree / "examples" / "quickstart.py")],
            capture_output=True,
            text=True,
            check=False,
            cwd=where,
            env={**env, "OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "sk-release-check", "COLUMNS": "100"},
        )
    if quick.returncode != 0 or "Cleaned up" not in quick.stdout:
        problems.append(f"the quick start failed against the emulator:\n{quick.stdout}{quick.stderr}".rstrip())
    if problems:
        raise Problems(f"installed {artifact.name} on Python {minor}", problems)
    ran = time.monotonic()
    return (
        f"install {installed - began:.0f} s, import and mypy {typed - installed:.0f} s, quick start {ran - typed:.0f} s"
    )


# --- the run -------------------------------------------------------------------------------------


def check(source: Path, *, dist: Path | None, tag: str | None, pythons: tuple[str, ...], jobs: int = 2) -> None:
    with tempfile.TemporaryDirectory(prefix="release-check-") as scratch:
        work = Path(scratch)
        started = time.monotonic()
        tree = clean_copy(source, work / "tree")
        sdist, wheel = build(tree, dist or work / "dist")
        _say(f"built {sdist.name} and {wheel.name} ({time.monotonic() - started:.0f} s)")
        version = check_metadata(tree, sdist, wheel, tag)
        check_contents(tree, sdist, wheel)
        _say(f"metadata and contents: {len(package_files(tree))} package files, version {version}, twine check passed")
        name = project_name(tree)
        interpreters = {minor: find_python(minor) for minor in pythons}
        # Two at a time: most of each is pip and the servers waiting, not computing.
        failed: list[str] = []
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            running = {
                pool.submit(try_installed, artifact, python, name, version, tree, work / f"{minor}-{artifact.name}"): (
                    minor,
                    artifact,
                )
                for minor, python in interpreters.items()
                for artifact in (wheel, sdist)
            }
            for future in as_completed(running):
                minor, artifact = running[future]
                try:
                    _say(f"Python {minor}, {artifact.name}: installed, imported, type-checked, quick start ran "
                         f"({future.result()})")  # fmt: skip
                except Problems as problems:
                    failed += [f"{problems.stage}: {line}" for line in problems.found]
        if failed:
            raise Problems("installed", failed)
        _say(f"passed in {time.monotonic() - started:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/release_check.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to build (default: this one)")
    parser.add_argument("--dist", type=Path, help="keep the sdist and wheel here (it must not hold others)")
    parser.add_argument("--tag", help="a release tag (v1.2.3) that must name the package's version")
    parser.add_argument("--jobs", type=int, default=2, help="virtualenvs set up and tried at once (default 2)")
    parser.add_argument("--python", action="append", dest="pythons", help="a Python X.Y to install on (repeatable)")
    args = parser.parse_args(argv)
    try:
        dist = args.dist.resolve() if args.dist else None
        check(args.source.resolve(), dist=dist, tag=args.tag, pythons=tuple(args.pythons or PYTHONS), jobs=args.jobs)
    except Problems as failed:
        print(f"release-check: FAILED at {failed.stage}:", file=sys.stderr)
        for problem in failed.found:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    except ValueError as error:  # a malformed version or tag
        print(f"release-check: FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
