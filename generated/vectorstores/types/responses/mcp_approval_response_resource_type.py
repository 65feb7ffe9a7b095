# Generated from openapi.yaml by make generate; do not edit.
"""``MCPApprovalResponseResourceType``."""

from vectorstores_raw.models import MCPApprovalResponseResourceType

__all__ = [
    "MCPApprovalResponseResourceType",
]
