# Generated from openapi.yaml by make generate; do not edit.
"""The ``LinkNoteType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LinkNoteType = Literal["note"]

LINK_NOTE_TYPE_VALUES: frozenset[str] = frozenset(["note"])


def check_link_note_type(value: str) -> LinkNoteType:
    """Return ``value`` typed as LinkNoteType; an unlisted value passes through."""
    return cast(LinkNoteType, value)
