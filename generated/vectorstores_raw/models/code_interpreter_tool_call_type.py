# Generated from openapi.yaml by make generate; do not edit.
"""The ``CodeInterpreterToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CodeInterpreterToolCallType = Literal["code_interpreter_call"]
"""The type of the code interpreter tool call. Always `code_interpreter_call`."""

CODE_INTERPRETER_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["code_interpreter_call"])


def check_code_interpreter_tool_call_type(value: str) -> CodeInterpreterToolCallType:
    """Return ``value`` typed as CodeInterpreterToolCallType; an unlisted value passes through."""
    return cast(CodeInterpreterToolCallType, value)
