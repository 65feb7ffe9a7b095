# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateFileRequestPurpose`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CreateFileRequestPurpose = Literal["assistants", "batch", "evals", "fine-tune", "user_data", "vision"]
"""The intended purpose of the uploaded file. One of:

- `assistants`: Used in the Assistants API
- `batch`: Used in the Batch API
- `fine-tune`: Used for fine-tuning
- `vision`: Images used for vision fine-tuning
- `user_data`: Flexible file type for any purpose
- `evals`: Used for eval data sets
"""

CREATE_FILE_REQUEST_PURPOSE_VALUES: frozenset[str] = frozenset(
    ["assistants", "batch", "evals", "fine-tune", "user_data", "vision"]
)


def check_create_file_request_purpose(value: str) -> CreateFileRequestPurpose:
    """Return ``value`` typed as CreateFileRequestPurpose; an unlisted value passes through."""
    return cast(CreateFileRequestPurpose, value)
