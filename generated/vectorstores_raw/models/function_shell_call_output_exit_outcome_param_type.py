# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellCallOutputExitOutcomeParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionShellCallOutputExitOutcomeParamType = Literal["exit"]
"""The outcome type. Always `exit`."""

FUNCTION_SHELL_CALL_OUTPUT_EXIT_OUTCOME_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["exit"])


def check_function_shell_call_output_exit_outcome_param_type(value: str) -> FunctionShellCallOutputExitOutcomeParamType:
    """Return ``value`` typed as FunctionShellCallOutputExitOutcomeParamType; an unlisted value passes through."""
    return cast(FunctionShellCallOutputExitOutcomeParamType, value)
