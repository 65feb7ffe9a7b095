"""The other ``vectorstores``: an unrelated distribution on the package index (a Weaviate uploader)
whose import package has this package's name.

pip installs both into one ``site-packages/vectorstores/`` folder without a word: whichever came
second overwrote the other's ``__init__.py``, and uninstalling either deletes files of both. When
ours came second, this check runs and says so; when theirs did, our ``__init__`` is gone and
``from vectorstores import OpenAI`` fails with their import error (the README says what to do).
"""

from __future__ import annotations

import os

__all__ = ["DISTRIBUTION", "NAMESAKE", "check_no_namesake"]

DISTRIBUTION = "vectorstores-openai"
NAMESAKE = "vectorstores"
_METADATA_SUFFIXES = (".dist-info", ".egg-info")


def check_no_namesake(package_file: str) -> None:
    """Raise ImportError if the namesake distribution is installed beside this package.

    Only the folder this package was imported from is looked at (one directory listing, no
    metadata scan of every path entry): that is where the two overwrite each other. A namesake
    installed elsewhere on ``sys.path`` merely shadows or is shadowed, and ``pip list`` shows it.
    """
    folder = os.path.dirname(os.path.dirname(os.path.abspath(package_file)))
    try:
        entries = os.listdir(folder)
    except OSError:
        return
    for entry in entries:
        stem = next((entry[: -len(suffix)] for suffix in _METADATA_SUFFIXES if entry.endswith(suffix)), None)
        if stem is None:
            continue
        name, _, version = stem.partition("-")
        if name.lower() == NAMESAKE:
            raise ImportError(
                f"the distribution {NAMESAKE!r} {version} (an unrelated project with the same import name) is "
                f"installed in {folder} beside {DISTRIBUTION!r}: both write the package folder 'vectorstores', so "
                f"each has overwritten files of the other, and neither can be trusted. Use separate environments: "
                f"`pip uninstall {NAMESAKE} {DISTRIBUTION}`, then `pip install {DISTRIBUTION}`."
            )
