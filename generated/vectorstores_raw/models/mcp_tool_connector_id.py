# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPToolConnectorId`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MCPToolConnectorId = Literal[
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
]

MCP_TOOL_CONNECTOR_ID_VALUES: frozenset[str] = frozenset(
    [
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
)


def check_mcp_tool_connector_id(value: str) -> MCPToolConnectorId:
    """Return ``value`` typed as MCPToolConnectorId; an unlisted value passes through."""
    return cast(MCPToolConnectorId, value)
