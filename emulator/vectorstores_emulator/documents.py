"""The text of the document formats file search reads (PDF, DOCX, PPTX), through the libraries
made for them (pypdf, python-docx, python-pptx): the emulator indexes a document's words, as the
API does, not its file syntax, and a file that is not what its name says fails as it would there.
Each library is imported on first use: most runs never see a document."""

from __future__ import annotations

import io

__all__ = ["FORMATS", "document_text"]

FORMATS = frozenset({".pdf", ".docx", ".pptx"})


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _docx(data: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def _pptx(data: bytes) -> str:
    from pptx import Presentation

    slides = Presentation(io.BytesIO(data)).slides
    return "\n".join(shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame)


def document_text(extension: str, data: bytes) -> str:
    """The text of a document whose name ends in ``extension`` (one of ``FORMATS``); whatever the
    library raises for a file it cannot read propagates."""
    return {".pdf": _pdf, ".docx": _docx, ".pptx": _pptx}[extension](data)
