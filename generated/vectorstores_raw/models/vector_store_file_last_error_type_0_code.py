# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileLastErrorType0Code`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreFileLastErrorType0Code = Literal["invalid_file", "server_error", "unsupported_file"]
"""One of `server_error`, `unsupported_file`, or `invalid_file`."""

VECTOR_STORE_FILE_LAST_ERROR_TYPE_0_CODE_VALUES: frozenset[str] = frozenset(
    ["invalid_file", "server_error", "unsupported_file"]
)


def check_vector_store_file_last_error_type_0_code(value: str) -> VectorStoreFileLastErrorType0Code:
    """Return ``value`` typed as VectorStoreFileLastErrorType0Code; an unlisted value passes through."""
    return cast(VectorStoreFileLastErrorType0Code, value)
