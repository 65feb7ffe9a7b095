# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterOutputLogsType``."""

from vectorstores_raw.models import CodeInterpreterOutputLogsType

__all__ = [
    "CodeInterpreterOutputLogsType",
]
