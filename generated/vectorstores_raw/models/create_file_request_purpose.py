# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateFileRequestPurpose`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CreateFileRequestPurpose = Literal["assistants", "batch", "evals", "fine-tune", "user_data", "vision"]

CREATE_FILE_REQUEST_PURPOSE_VALUES: frozenset[str] = frozenset(
    ["assistants", "batch", "evals", "fine-tune", "user_data", "vision"]
)


def check_create_file_request_purpose(value: str) -> CreateFileRequestPurpose:
    """Return ``value`` typed as CreateFileRequestPurpose; an unlisted value passes through."""
    return cast(CreateFileRequestPurpose, value)
