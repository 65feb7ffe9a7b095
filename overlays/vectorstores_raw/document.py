"""The patched document this package was generated from (``openapi.json``, shipped as package
data): what the model base, the emulator and the cassette checker read the API's schemas from.

It sits beside the generated modules. An installed package has one folder; a checkout without
the editable install has two (``__path__``: overlays/vectorstores_raw, then
generated/vectorstores_raw), which ``importlib.resources`` would not search past the first.
"""

from __future__ import annotations

import functools
import importlib
import json
from pathlib import Path
from typing import Any

__all__ = ["NAME", "document_text", "load_document"]

NAME = "openapi.json"


def document_text() -> str:
    """The text of the shipped ``openapi.json``."""
    folders = list(importlib.import_module(__package__ or "vectorstores_raw").__path__)
    for folder in folders:
        path = Path(folder) / NAME
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{NAME} is not in vectorstores_raw ({', '.join(folders)}): run `make generate`")


@functools.cache
def load_document() -> dict[str, Any]:
    """The shipped document, parsed once; callers must not change it."""
    document: dict[str, Any] = json.loads(document_text())
    return document
