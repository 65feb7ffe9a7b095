# Generated from openapi.yaml by make generate; do not edit.
"""``MCPApprovalResponse`` and the types its fields name."""

from vectorstores_raw.models import MCPApprovalResponse, MCPApprovalResponseType

__all__ = [
    "MCPApprovalResponse",
    "MCPApprovalResponseType",
]
