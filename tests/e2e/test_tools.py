"""MCP tools in the real app, from source and from the bundle: the bundle must carry the
MCP SDK and everything it imports, and start a stdio server from a frozen process.

``mcp.json`` in the config folder names ``mcp-server-time`` (from PyPI, in the venv); the
loopback model server (devkit's FakeOpenAI) asks for its ``get_current_time`` tool. The
approval dialog is answered with the keyboard, and the request that follows must carry the
time server's real result. Quitting leaves no server process behind.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from chatdesk.core.tools import function_name
from devkit.fake_server import FakeOpenAI, Recorded, Stream
from tests.e2e.conftest import API_KEY, _missing
from tests.e2e.harness import (
    ARTIFACTS,
    ROOT,
    Desktop,
    desktop,
    have_desktop_tools,
    stop,
    wait_for,
)

pytestmark = pytest.mark.e2e

TIME_SERVER = ROOT / ".venv" / "bin" / "mcp-server-time"
QUESTION = "What time is it in Tokyo?"
ANSWER = "It is evening in Tokyo."


def _asks_for_the_time() -> Stream:
    call = {
        "index": 0,
        "id": "call_time",
        "function": {
            "name": function_name("time", "get_current_time"),
            "arguments": '{"timezone": "Asia/Tokyo"}',
        },
    }
    return Stream(chunks=["Let me check. "], tool_calls=[call], finish_reason="tool_calls")


def _start(desk: Desktop, command: list[str], server: FakeOpenAI) -> subprocess.Popen[bytes]:
    config = desk.home / ".config" / "chatdesk"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"model": "test-model"}))
    servers = {"time": {"command": str(TIME_SERVER), "args": ["--local-timezone", "UTC"]}}
    (config / "mcp.json").write_text(json.dumps({"mcpServers": servers}))
    env = {
        **desk.env,
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": API_KEY,
        "QT_QPA_PLATFORM": "xcb",
    }
    log = (desk.artifacts / "app.log").open("ab")
    return subprocess.Popen(command, env=env, stdout=log, stderr=log, cwd=str(desk.home))


def _stat(pid: int) -> list[str]:
    """The fields of ``/proc/<pid>/stat`` after the command name (state, parent, …)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return []


def _time_servers(pid: int) -> list[int]:
    """The time servers running under ``pid`` (its children, or theirs)."""
    parents = {
        int(e.name): int(fields[1])
        for e in Path("/proc").iterdir()
        if e.name.isdigit() and len(fields := _stat(int(e.name))) > 1
    }
    under: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        under |= frontier
    found = []
    for child in under:
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if str(TIME_SERVER) in command and _running(child):
            found.append(child)
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan may wait a while to be reaped)."""
    fields = _stat(pid)
    return bool(fields) and fields[0] not in ("Z", "X")


def _wait_for_replies(desk: Desktop, count: int) -> None:
    """Until ``count`` assistant replies are stored complete."""

    def complete() -> bool:
        done = [m for m in desk.messages() if m[0] == "assistant" and m[2] == "complete"]
        return len(done) >= count

    wait_for(complete, 30, f"{count} complete replies")


def _offers_tools(request: Recorded) -> bool:
    names = [t.get("function", {}).get("name") for t in request.body.get("tools") or []]
    return function_name("time", "get_current_time") in names


def test_a_tool_call_is_approved_by_keyboard_and_the_real_result_reaches_the_model(
    app_command: list[str], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    missing = have_desktop_tools()
    if missing:
        _missing(f"end-to-end tools missing: {', '.join(missing)}")
    if not TIME_SERVER.exists():
        _missing(f"{TIME_SERVER} is missing (pip install -e '.[dev]')")
    artifacts = ARTIFACTS / request.node.name.replace("/", "_")
    with FakeOpenAI() as server, desktop(tmp_path, artifacts) as desk:
        app = _start(desk, app_command, server)
        try:
            desk.main_window()
            wait_for(lambda: _time_servers(app.pid), 60, "the app to start mcp-server-time")
            # The servers start in the background: until the time server has listed its
            # tools, a request offers none. Ask (each answered with plain text) until one does;
            # from then on every request offers them.
            asked = 0
            while not any(_offers_tools(r) for r in server.chat_requests):
                assert asked < 30, "no request offered the time server's tools"
                desk.type("Are the tools ready?")
                desk.key("Return")
                asked += 1
                _wait_for_replies(desk, asked)
            desk.screenshot("tools-ready")

            server.enqueue(_asks_for_the_time(), Stream(chunks=[ANSWER]))
            before = len(server.chat_requests)
            desk.type(QUESTION)
            desk.key("Return")
            desk.window("Allow this tool call\\?")  # a regular expression: "?" escaped
            desk.screenshot("approval-asked")
            desk.key("Return")  # the default button: Allow once
            wait_for(lambda: len(server.chat_requests) >= before + 2, 60, "the tool's result")
            wait_for(
                lambda: (m := desk.messages()) and m[-1][1:3] == (ANSWER, "complete"),
                30,
                "the final reply",
            )
            desk.screenshot("answered")

            first, second = server.chat_requests[before : before + 2]
            assert _offers_tools(first)
            tool_message = second.body["messages"][-1]
            assert tool_message["role"] == "tool", tool_message
            assert tool_message["tool_call_id"] == "call_time"
            result = json.loads(tool_message["content"])  # the real tool ran
            assert result["timezone"] == "Asia/Tokyo" and "T" in result["datetime"], result
            roles = [m[0] for m in desk.messages()][-4:]
            assert roles == ["user", "assistant", "tool", "assistant"]

            servers = _time_servers(app.pid)
            desk.main_window()  # no window manager: focus does not return by itself
            desk.key("ctrl+q")
            assert app.wait(20) == 0
            wait_for(
                lambda: not any(_running(p) for p in servers),
                10,
                "mcp-server-time to stop with the app",
            )
        finally:
            stop(app)
