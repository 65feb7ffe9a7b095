# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellCallOutputTimeoutOutcomeType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionShellCallOutputTimeoutOutcomeType = Literal["timeout"]
"""The outcome type. Always `timeout`."""

FUNCTION_SHELL_CALL_OUTPUT_TIMEOUT_OUTCOME_TYPE_VALUES: frozenset[str] = frozenset(["timeout"])


def check_function_shell_call_output_timeout_outcome_type(value: str) -> FunctionShellCallOutputTimeoutOutcomeType:
    """Return ``value`` typed as FunctionShellCallOutputTimeoutOutcomeType; an unlisted value passes through."""
    return cast(FunctionShellCallOutputTimeoutOutcomeType, value)
