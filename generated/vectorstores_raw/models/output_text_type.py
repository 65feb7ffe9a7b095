# Generated from openapi.yaml by make generate; do not edit.
"""The ``OutputTextType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
OutputTextType = Literal["output_text"]

OUTPUT_TEXT_TYPE_VALUES: frozenset[str] = frozenset(["output_text"])


def check_output_text_type(value: str) -> OutputTextType:
    """Return ``value`` typed as OutputTextType; an unlisted value passes through."""
    return cast(OutputTextType, value)
