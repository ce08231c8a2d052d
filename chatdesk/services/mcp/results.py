"""A tool's result as the text the model and the user see: capped, clean, nothing hidden.

Text content is kept; images, audio and binary resources are described in brackets (their
type and size), never dropped silently and never decoded; resource links are named. Terminal
escapes and other control characters are removed (tabs and newlines stay), and the whole is
capped at ``RESULT_CAP`` bytes of UTF-8 with a note saying how much was cut.
"""

from __future__ import annotations

import json
import re
from typing import Any

import mcp_types as types

from chatdesk.services.mcp.api import SamplingMessage, ToolResult

RESULT_CAP = 256 * 1024
"""The most a result may be, in UTF-8 bytes; the rest is cut with a note."""

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` without terminal escapes or control characters other than tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", _ANSI.sub("", text))


def cap(text: str, limit: int = RESULT_CAP) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    kept = data[:limit].decode("utf-8", errors="ignore")
    cut = len(data) - len(kept.encode("utf-8"))
    return f"{kept}\n… [result truncated: {_size(cut)} more not shown]"


def tool_result(result: types.CallToolResult) -> ToolResult:
    parts = [describe(block) for block in result.content]
    if not parts and result.structured_content is not None:
        parts.append(json.dumps(result.structured_content, ensure_ascii=False, indent=2))
    text = "\n".join(parts) if parts else "(no content)"
    return ToolResult(cap(clean(text)), bool(result.is_error))


def error_result(message: str) -> ToolResult:
    return ToolResult(cap(clean(message)), True)


def describe(block: Any) -> str:
    """One content block as text."""
    if isinstance(block, types.TextContent):
        return block.text
    if isinstance(block, types.ImageContent | types.AudioContent):
        return f"[{block.type}: {block.mime_type}, {_size(_decoded_size(block.data))}, not shown]"
    if isinstance(block, types.ResourceLink):
        title = block.title or block.name
        return f"[resource link: {title} <{block.uri}>]"
    if isinstance(block, types.EmbeddedResource):
        resource = block.resource
        if isinstance(resource, types.TextResourceContents):
            return f"[resource {resource.uri}]\n{resource.text}"
        mime = resource.mime_type or "binary"
        size = _size(_decoded_size(resource.blob))
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


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"
