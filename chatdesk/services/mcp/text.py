"""Text from a server made safe to show and to send to a model: control characters and
terminal escapes removed, and a cap on its size. No SDK import: the hub uses it on any thread."""

from __future__ import annotations

import re

from chatdesk.services.mcp.api import ToolResult

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
    return f"{kept}\n… [result truncated: {size_text(cut)} more not shown]"


def error_result(message: str) -> ToolResult:
    return ToolResult(cap(clean(message)), True)


def size_text(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"
