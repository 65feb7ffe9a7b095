# Generated from openapi.yaml by make generate; do not edit.
"""``MCPApprovalRequestType``."""

from vectorstores_raw.models import MCPApprovalRequestType

__all__ = [
    "MCPApprovalRequestType",
]
