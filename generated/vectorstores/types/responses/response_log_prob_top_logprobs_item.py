# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseLogProbTopLogprobsItem``."""

from vectorstores_raw.models import ResponseLogProbTopLogprobsItem

__all__ = [
    "ResponseLogProbTopLogprobsItem",
]
