# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputFidelity`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputFidelity = Literal["high", "low"]
"""Control how much effort the model will exert to match the style and features, especially facial features, of input
images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for
`gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
"""

INPUT_FIDELITY_VALUES: frozenset[str] = frozenset(["high", "low"])


def check_input_fidelity(value: str) -> InputFidelity:
    """Return ``value`` typed as InputFidelity; an unlisted value passes through."""
    return cast(InputFidelity, value)
