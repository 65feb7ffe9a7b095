# Generated from openapi.yaml by make generate; do not edit.
"""The ``CodeInterpreterType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CodeInterpreterType = Literal["code_interpreter"]
"""The type of the code interpreter tool. Always `code_interpreter`."""

CODE_INTERPRETER_TYPE_VALUES: frozenset[str] = frozenset(["code_interpreter"])


def check_code_interpreter_type(value: str) -> CodeInterpreterType:
    """Return ``value`` typed as CodeInterpreterType; an unlisted value passes through."""
    return cast(CodeInterpreterType, value)
