# Generated from openapi.yaml by make generate; do not edit.
"""``MCPApprovalResponseType``."""

from vectorstores_raw.models import MCPApprovalResponseType

__all__ = [
    "MCPApprovalResponseType",
]
