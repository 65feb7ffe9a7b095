# Generated from openapi.yaml by make generate; do not edit.
"""The ``CodeInterpreterOutputLogsType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CodeInterpreterOutputLogsType = Literal["logs"]
"""The type of the output. Always `logs`."""

CODE_INTERPRETER_OUTPUT_LOGS_TYPE_VALUES: frozenset[str] = frozenset(["logs"])


def check_code_interpreter_output_logs_type(value: str) -> CodeInterpreterOutputLogsType:
    """Return ``value`` typed as CodeInterpreterOutputLogsType; an unlisted value passes through."""
    return cast(CodeInterpreterOutputLogsType, value)
