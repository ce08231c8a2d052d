"""A tool's result as the text the model and the user see: capped, clean, nothing hidden.

Text content is kept; images, audio and binary resources are described in brackets (their
type and size), never dropped silently and never decoded; resource links are named. Terminal
escapes and other control characters are removed (tabs and newlines stay), and the whole is
capped at ``text.RESULT_CAP`` bytes of UTF-8 with a note saying how much was cut.
"""

from __future__ import annotations

import json
from typing import Any

import mcp_types as types

from chatdesk.services.mcp.api import SamplingMessage, ToolResult
from chatdesk.services.mcp.text import cap, clean, size_text


def tool_result(result: types.CallToolResult) -> ToolResult:
    parts = [describe(block) for block in result.content]
    if not parts and result.structured_content is not None:
        parts.append(json.dumps(result.structured_content, ensure_ascii=False, indent=2))
    text = "\n".join(parts) if parts else "(no content)"
    return ToolResult(cap(clean(text)), bool(result.is_error))


def describe(block: Any) -> str:
    """One content block as text."""
    if isinstance(block, types.TextContent):
        return block.text
    if isinstance(block, types.ImageContent | types.AudioContent):
        return (
            f"[{block.type}: {block.mime_type}, {size_text(_decoded_size(block.data))}, not shown]"
        )
    if isinstance(block, types.ResourceLink):
        title = block.title or block.name
        return f"[resource link: {title} <{block.uri}>]"
    if isinstance(block, types.EmbeddedResource):
        resource = block.resource
        if isinstance(resource, types.TextResourceContents):
            return f"[resource {resource.uri}]\n{resource.text}"
        mime = resource.mime_type or "binary"
        size = size_text(_decoded_size(resource.blob))
        return f"[resource {resource.uri}: {mime}, {size}, not shown]"
    kind = getattr(block, "type", type(block).__name__)
    return f"[{kind} content, not shown]"


def sampling_message(message: types.SamplingMessage) -> SamplingMessage:
    content = message.content
    blocks = content if isinstance(content, list) else [content]
    text = "\n".join(describe(block) for block in blocks)
    return SamplingMessage(message.role, cap(clean(text)))


def _decoded_size(base64_text: str) -> int:
    return len(base64_text) * 3 // 4
