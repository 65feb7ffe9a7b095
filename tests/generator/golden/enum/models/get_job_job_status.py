# Generated from openapi.yaml by make generate; do not edit.
"""The ``GetJobJobStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
GetJobJobStatus = Literal["done", "queued", "running"]

GET_JOB_JOB_STATUS_VALUES: frozenset[str] = frozenset(["done", "queued", "running"])


def check_get_job_job_status(value: str) -> GetJobJobStatus:
    """Return ``value`` typed as GetJobJobStatus; an unlisted value passes through."""
    return cast(GetJobJobStatus, value)
