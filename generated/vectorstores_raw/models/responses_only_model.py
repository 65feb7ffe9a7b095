# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponsesOnlyModel`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponsesOnlyModel = Literal[
    "computer-use-preview",
    "computer-use-preview-2025-03-11",
    "gpt-5-codex",
    "gpt-5-pro",
    "gpt-5-pro-2025-10-06",
    "gpt-5.1-codex-max",
    "gpt-5.5-pro",
    "gpt-5.5-pro-2026-04-23",
    "gpt-5.6-cyber",
    "gpt-daybreak-blue-latest",
    "gpt-daybreak-red-latest",
    "o1-pro",
    "o1-pro-2025-03-19",
    "o3-deep-research",
    "o3-deep-research-2025-06-26",
    "o3-pro",
    "o3-pro-2025-06-10",
    "o4-mini-deep-research",
    "o4-mini-deep-research-2025-06-26",
]

RESPONSES_ONLY_MODEL_VALUES: frozenset[str] = frozenset(
    [
        "computer-use-preview",
        "computer-use-preview-2025-03-11",
        "gpt-5-codex",
        "gpt-5-pro",
        "gpt-5-pro-2025-10-06",
        "gpt-5.1-codex-max",
        "gpt-5.5-pro",
        "gpt-5.5-pro-2026-04-23",
        "gpt-5.6-cyber",
        "gpt-daybreak-blue-latest",
        "gpt-daybreak-red-latest",
        "o1-pro",
        "o1-pro-2025-03-19",
        "o3-deep-research",
        "o3-deep-research-2025-06-26",
        "o3-pro",
        "o3-pro-2025-06-10",
        "o4-mini-deep-research",
        "o4-mini-deep-research-2025-06-26",
    ]
)


def check_responses_only_model(value: str) -> ResponsesOnlyModel:
    """Return ``value`` typed as ResponsesOnlyModel; an unlisted value passes through."""
    return cast(ResponsesOnlyModel, value)
