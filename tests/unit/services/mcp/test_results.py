"""A tool's result as text: clean, capped, nothing dropped silently; failures in words."""

from __future__ import annotations

import mcp_types as types
from mcp.shared.exceptions import MCPError

from chatdesk.services.mcp.failures import Redactor, describe
from chatdesk.services.mcp.results import sampling_message, tool_result
from chatdesk.services.mcp.text import cap, clean, error_result


def test_clean_removes_escapes_and_controls_but_keeps_text_tabs_and_newlines() -> None:
    raw = "\x1b[1;31mbold red\x1b[0m \x1b]0;title\x07ok\x1b\\ é ✓\tx\r\ny\rz\x00\x7f\x85"
    assert clean(raw) == "bold red ok é ✓\tx\ny\nz"


def test_cap_cuts_on_a_character_boundary_and_says_how_much() -> None:
    text = "é" * 100  # 200 bytes
    capped = cap(text, 51)
    assert capped.startswith("é" * 25 + "\n… [result truncated: ")
    assert capped.endswith("150 bytes more not shown]")
    assert cap("short", 51) == "short"


def test_every_kind_of_content_is_shown_or_described() -> None:
    result = types.CallToolResult(
        content=[
            types.TextContent(type="text", text="text"),
            types.AudioContent(type="audio", data="A" * 4000, mime_type="audio/wav"),
            types.ResourceLink(type="resource_link", name="f", title="File", uri="file:///f"),
            types.EmbeddedResource(
                type="resource",
                resource=types.TextResourceContents(uri="file:///t.txt", text="inside"),
            ),
        ],
        is_error=False,
    )
    assert tool_result(result).text.splitlines() == [
        "text",
        "[audio: audio/wav, 3 KB, not shown]",
        "[resource link: File <file:///f>]",
        "[resource file:///t.txt]",
        "inside",
    ]


def test_structured_only_and_empty_results() -> None:
    structured = types.CallToolResult(content=[], structured_content={"a": 1}, is_error=False)
    assert tool_result(structured).text == '{\n  "a": 1\n}'
    empty = tool_result(types.CallToolResult(content=[], is_error=True))
    assert (empty.text, empty.is_error) == ("(no content)", True)
    assert error_result("bad\x1b[0m").text == "bad"


def test_sampling_messages_become_text() -> None:
    message = types.SamplingMessage(
        role="user",
        content=[
            types.TextContent(type="text", text="look:"),
            types.ImageContent(type="image", data="AAAA", mime_type="image/png"),
        ],
    )
    converted = sampling_message(message)
    assert (converted.role, converted.text) == (
        "user",
        "look:\n[image: image/png, 3 bytes, not shown]",
    )


def test_failures_are_described_and_secrets_masked() -> None:
    error = MCPError(code=-32601, message="Method not found")
    group = BaseExceptionGroup("wrapped", [ExceptionGroup("inner", [error])])
    assert describe(group) == "Method not found"
    assert describe(FileNotFoundError(2, "No such file", "npx")) == (
        '"npx" was not found: is it installed, and on the PATH?'
    )
    redact = Redactor()
    redact.add("s3cret-value", "ab")  # too short to mask safely: left alone
    redact.add_url("https://h.example/mcp?key=k123")
    assert redact("got s3cret-value at /mcp?key=k123 ab") == "got ••• at /mcp?••• ab"
