# Generated from openapi.yaml by make generate; do not edit.
"""``MCPApprovalRequest`` and the types its fields name."""

from vectorstores_raw.models import MCPApprovalRequest, MCPApprovalRequestType

__all__ = [
    "MCPApprovalRequest",
    "MCPApprovalRequestType",
]
