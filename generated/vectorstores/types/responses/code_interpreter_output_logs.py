# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterOutputLogs`` and the types its fields name."""

from vectorstores_raw.models import CodeInterpreterOutputLogs, CodeInterpreterOutputLogsType

__all__ = [
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputLogsType",
]
