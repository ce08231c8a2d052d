"""Start-up and the end of the hub: calls while a server starts, and no process left behind
even when the program forgets to shut the hub down."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from chatdesk.services.mcp.api import ServerState
from chatdesk.services.mcp.hub import McpHub
from tests.support.budget import within
from tests.unit.services.mcp.conftest import (
    ROOT,
    Events,
    HubFactory,
    children,
    server_entry,
    wait_gone,
    wait_state,
    write_config,
)


def test_a_call_waits_for_a_server_that_is_still_starting(make_hub: HubFactory) -> None:
    hub, events = make_hub({"test": server_entry()})
    result = within(20, lambda: hub.call("test", "echo", {"text": "early"}, "c1"))
    assert result.text == "early"
    assert events.states("test") == [ServerState.STARTING, ServerState.READY]


def test_a_call_cancelled_while_its_server_starts(make_hub: HubFactory) -> None:
    hub, events = make_hub({"test": server_entry()})
    threading.Timer(0.1, lambda: hub.cancel("c1")).start()
    result = within(20, lambda: hub.call("test", "echo", {"text": "early"}, "c1"))
    assert result.text == "cancelled"
    wait_state(hub, events, "test", ServerState.READY)


def test_calls_before_start_and_after_shutdown_are_errors(config_file: Path) -> None:
    write_config(config_file, {"test": server_entry()})
    events = Events()
    hub = McpHub(config_file, lambda ref: "", events.add)
    assert hub.call("test", "echo", {"text": "x"}, "c1").text == "The MCP servers are not running"
    within(5, hub.start)
    wait_state(hub, events, "test", ServerState.READY)
    within(10, hub.shutdown)
    within(10, hub.shutdown)  # twice is harmless
    assert hub.call("test", "echo", {"text": "x"}, "c2").is_error
    assert hub.statuses()[0].state is ServerState.READY  # the last word before it stopped


def test_a_program_that_forgets_to_shut_the_hub_down_leaves_no_server(tmp_path: Path) -> None:
    pid_file = tmp_path / "pids"
    config = tmp_path / "mcp.json"
    config.write_text(
        json.dumps({"mcpServers": {"test": server_entry("--child", "--pid-file", str(pid_file))}}),
        encoding="utf-8",
    )
    program = textwrap.dedent(
        f"""
        import threading
        from pathlib import Path
        from chatdesk.services.mcp.api import StatusChanged, ServerState
        from chatdesk.services.mcp.hub import McpHub

        ready = threading.Event()
        def on_event(event):
            if isinstance(event, StatusChanged) and event.status.state is ServerState.READY:
                ready.set()
        hub = McpHub(Path({str(config)!r}), lambda ref: "", on_event)
        hub.start()
        assert ready.wait(30)
        print("ready", flush=True)
        """
    )
    done = within(
        60,
        lambda: subprocess.run(
            [sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=50
        ),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ready"
    pids = [int(p) for p in pid_file.read_text().split()]
    assert wait_gone(pids) == []


def test_shutdown_right_after_start_leaves_nothing(config_file: Path, tmp_path: Path) -> None:
    """The first reading of mcp.json may still be under way when shutdown comes."""
    pid_file = tmp_path / "pids"
    write_config(config_file, {"test": server_entry("--pid-file", str(pid_file))})
    before = children()
    for _ in range(5):
        hub = McpHub(config_file, lambda ref: "", lambda event: None)
        within(5, hub.start)
        within(10, hub.shutdown)
    assert wait_gone(list(children() - before)) == []
    if pid_file.exists():
        assert wait_gone([int(p) for p in pid_file.read_text().split()]) == []
