"""Servers written by others: mcp-server-time from PyPI, and the reference "everything"
server from npm (its TypeScript SDK speaks the 2025 protocol, so this covers the handshake
era; ours and mcp-server-time speak 2026-07-28).

The npm server is installed by ``npm install --prefix .cache/node
@modelcontextprotocol/server-everything@2026.8.31`` (``CHATDESK_NODE_MODULES`` names another
``node_modules``); without Node or the package these tests are skipped, saying so.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from chatdesk.services.mcp.api import Progress, ServerState
from tests.support.budget import within
from tests.unit.services.mcp.conftest import BIN, ROOT, Answers, HubFactory, wait_state

EVERYTHING_VERSION = "2026.8.31"


def test_mcp_server_time_from_pypi(make_hub: HubFactory) -> None:
    command = BIN / "mcp-server-time"
    if not command.exists():
        pytest.skip("mcp-server-time is not installed (pip install -e '.[dev]')")
    hub, events = make_hub({"time": {"command": str(command)}})
    ready = wait_state(hub, events, "time", ServerState.READY)
    assert ready.tools == 2
    assert {t.name for t in hub.tools()} == {"get_current_time", "convert_time"}
    result = within(10, lambda: hub.call("time", "get_current_time", {"timezone": "UTC"}, "c1"))
    assert not result.is_error
    assert json.loads(result.text)["timezone"] == "UTC"
    converted = within(
        10,
        lambda: hub.call(
            "time",
            "convert_time",
            {"source_timezone": "Europe/Paris", "time": "12:00", "target_timezone": "Asia/Tokyo"},
            "c2",
        ),
    )
    assert json.loads(converted.text)["target"]["datetime"].endswith("T20:00:00+09:00")
    wrong = within(
        10, lambda: hub.call("time", "get_current_time", {"timezone": "Mars/Base"}, "c3")
    )
    assert wrong.is_error and "Mars/Base" in wrong.text


def everything() -> Path:
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed: the npm 'everything' MCP server cannot run")
    modules = Path(
        os.environ.get("CHATDESK_NODE_MODULES", ROOT / ".cache" / "node" / "node_modules")
    )
    index = modules / "@modelcontextprotocol" / "server-everything" / "dist" / "index.js"
    if not index.exists():
        pytest.skip(
            "@modelcontextprotocol/server-everything is not installed: npm install --prefix "
            f".cache/node @modelcontextprotocol/server-everything@{EVERYTHING_VERSION}"
        )
    return index


def test_the_everything_server_over_stdio(make_hub: HubFactory) -> None:
    index = everything()
    answers = Answers()
    hub, events = make_hub(
        {
            "everything": {
                "command": "node",
                "args": [str(index), "stdio"],
                "env": {"CHATDESK_SECRET": {"keyring": "mcp:everything:env:CHATDESK_SECRET"}},
            }
        },
        handlers=answers,
        secret=lambda ref: "from-the-keyring",
    )
    wait_state(hub, events, "everything", ServerState.READY, 60)
    names = {t.name for t in hub.tools()}
    assert {"echo", "get-tiny-image", "trigger-long-running-operation"} <= names
    # It adds these after the handshake, having seen the client's capabilities:
    events.wait(
        lambda: (
            {"trigger-elicitation-request", "trigger-sampling-request"}
            <= {t.name for t in hub.tools()}
        )
    )

    def call(tool: str, arguments: dict[str, object], call_id: str) -> str:
        result = within(30, lambda: hub.call("everything", tool, arguments, call_id))
        assert not result.is_error, result.text
        return result.text

    assert call("echo", {"message": "hi"}, "c1") == "Echo: hi"
    assert "[image: image/png, 4 KB, not shown]" in call("get-tiny-image", {}, "c2")
    call("trigger-long-running-operation", {"duration": 0.3, "steps": 3}, "c3")
    assert [p.progress for p in events.of(Progress) if p.call_id == "c3"] == [1.0, 2.0, 3.0]
    assert '"name": "Ada"' in call("trigger-elicitation-request", {}, "c4")
    assert '"text": "short"' in call("trigger-sampling-request", {"prompt": "hi"}, "c5")
    assert [kind for kind, _ in answers.asked] == ["elicit", "sample"]
    env = json.loads(call("get-env", {}, "c6"))
    assert env["CHATDESK_SECRET"] == "from-the-keyring"
    assert "PATH" in env and "CHATDESK_HOME" not in env  # only what a server needs


@pytest.mark.parametrize("transport", ["sse", "streamableHttp"])
def test_the_everything_server_over_http(
    make_hub: HubFactory, start_server: Callable[..., int], transport: str
) -> None:
    index = everything()
    port = start_server("node", str(index), transport)
    path = "sse" if transport == "sse" else "mcp"
    hub, events = make_hub({"everything": {"url": f"http://127.0.0.1:{port}/{path}"}})
    wait_state(hub, events, "everything", ServerState.READY, 60)
    result = within(30, lambda: hub.call("everything", "get-sum", {"a": 2, "b": 3}, "c1"))
    assert "5" in result.text and not result.is_error
