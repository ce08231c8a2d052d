"""MCP (Model Context Protocol) servers: their configuration, their processes, their tools.

No Qt here. ``McpHub`` runs the servers on a thread of its own and is what the UI and the
tool-calling loop use; ``config`` and ``secret_refs`` read and edit mcp.json. See docs/mcp.md.
Importing this package is cheap: the SDK loads when the hub module does.
"""

from chatdesk.services.mcp.api import (
    McpHandlers,
    Progress,
    RemoteNetwork,
    SamplingMessage,
    SamplingReply,
    SamplingRequest,
    ServerState,
    ServerStatus,
    StatusChanged,
    ToolResult,
    ToolsChanged,
    ToolSpec,
)

__all__ = [
    "McpHandlers",
    "Progress",
    "RemoteNetwork",
    "SamplingMessage",
    "SamplingReply",
    "SamplingRequest",
    "ServerState",
    "ServerStatus",
    "StatusChanged",
    "ToolResult",
    "ToolSpec",
    "ToolsChanged",
]
