# Generated from openapi.yaml by make generate; do not edit.
"""The ``CodeInterpreterToolAutoType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CodeInterpreterToolAutoType = Literal["auto"]
"""Always `auto`."""

CODE_INTERPRETER_TOOL_AUTO_TYPE_VALUES: frozenset[str] = frozenset(["auto"])


def check_code_interpreter_tool_auto_type(value: str) -> CodeInterpreterToolAutoType:
    """Return ``value`` typed as CodeInterpreterToolAutoType; an unlisted value passes through."""
    return cast(CodeInterpreterToolAutoType, value)
