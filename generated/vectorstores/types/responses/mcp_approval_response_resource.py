# Generated from openapi.yaml by make generate; do not edit.
"""``MCPApprovalResponseResource`` and the types its fields name."""

from vectorstores_raw.models import MCPApprovalResponseResource, MCPApprovalResponseResourceType

__all__ = [
    "MCPApprovalResponseResource",
    "MCPApprovalResponseResourceType",
]
