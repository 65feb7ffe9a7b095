# Generated from openapi.yaml by make generate; do not edit.
"""The ``TextNoteType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TextNoteType = Literal["note"]

TEXT_NOTE_TYPE_VALUES: frozenset[str] = frozenset(["note"])


def check_text_note_type(value: str) -> TextNoteType:
    """Return ``value`` typed as TextNoteType; an unlisted value passes through."""
    return cast(TextNoteType, value)
