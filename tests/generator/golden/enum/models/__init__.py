# Generated from openapi.yaml by make generate; do not edit.
"""Every model and enumeration of the API, imported on first use so that importing the
package stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .get_job_job import GetJobJob
    from .get_job_job_status import GetJobJobStatus

_MODULES: dict[str, str] = {
    "GetJobJob": ".get_job_job",
    "GetJobJobStatus": ".get_job_job_status",
}

__all__ = [
    "GetJobJob",
    "GetJobJobStatus",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
