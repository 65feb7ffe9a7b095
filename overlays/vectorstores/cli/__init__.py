"""The ``vectorstores`` command line: load folders into vector stores, search them, tidy up.

Installed as a console script with the ``cli`` extra (``pip install 'vectorstores-openai[cli]'``); click
and rich are imported only when the command runs, so ``import vectorstores`` never needs them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

INSTALL_HINT = "error: the vectorstores command needs click and rich: pip install 'vectorstores-openai[cli]'"


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line (the ``vectorstores`` console script); exits with its status."""
    try:
        from .commands import cli
    except ImportError as error:
        if error.name not in {"click", "rich"} and not str(error.name).startswith(("click.", "rich.")):
            raise
        print(INSTALL_HINT, file=sys.stderr)
        sys.exit(1)
    cli.main(args=argv, prog_name="vectorstores")
