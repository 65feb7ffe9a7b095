"""Packages laid out as the wheel has them, for tests that run code generated into a scratch folder.

A wheel merges each package's hand-written half (``overlays/<name>``) with its generated half
into one folder (setup.py); a test that generates from a changed document must do the same, or
the installed package would be imported in its place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SKIP = shutil.ignore_patterns("__pycache__")


def merge(generated: Path, into: Path, names: tuple[str, ...] = ("vectorstores", "vectorstores_raw")) -> Path:
    """Put ``overlays/<name>`` and ``generated/<name>`` together in ``into/<name>`` for each name;
    ``into`` is what goes on ``PYTHONPATH`` (or ``MYPYPATH``)."""
    for name in names:
        package = into / name
        shutil.copytree(ROOT / "overlays" / name, package, ignore=_SKIP, dirs_exist_ok=True)
        if generated != into:  # generated in place: the overlay went in beside it
            shutil.copytree(generated / name, package, ignore=_SKIP, dirs_exist_ok=True)
    return into
