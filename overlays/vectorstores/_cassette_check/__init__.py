"""Recordings checked against the API description: ``python -m vectorstores.testing check``.

``check_paths(paths, document)`` reads cassettes of any layout ``recordings`` knows, matches each
exchange to its operation and validates it (``validate``); ``coverage`` says what of the
document no recording exercises; ``cli`` is the command line.
"""

from __future__ import annotations

from .check import Checked, Report, check_paths
from .document import Document, load_document, shipped_document
from .recordings import Exchange, Recording, RecordingError, read_recording
from .validate import Violation

__all__ = [
    "Checked",
    "Document",
    "Exchange",
    "Recording",
    "RecordingError",
    "Report",
    "Violation",
    "check_paths",
    "load_document",
    "read_recording",
    "shipped_document",
]
