"""A tool round trip through chatdesk against the same MCP tool called with the SDK alone.

``mcp-server-time``'s ``get_current_time`` over stdio, N calls each way, in one run:

- baseline: the official SDK's ``Client`` in a plain asyncio program;
- hub: ``McpHub.call`` from a worker thread (chatdesk's service: its own loop thread);
- window path: ``ToolRunner`` in a Qt application (off the UI thread through the one
  background helper, result delivered on the UI thread), the tool always allowed.

Prints each median and p90 and the ratio to the baseline.
Run: ``.venv/bin/python -m bench.tools [calls]``.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SERVER = str(Path(sys.executable).parent / "mcp-server-time")
ARGS = {"timezone": "Asia/Tokyo"}


def _summary(ms: list[float]) -> str:
    ordered = sorted(ms)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    return f"median {statistics.median(ms):6.2f} ms   p90 {p90:6.2f} ms"


def sdk(calls: int) -> list[float]:
    from mcp import Client
    from mcp.client.stdio import StdioServerParameters

    async def run() -> list[float]:
        out = []
        async with Client(StdioServerParameters(command=SERVER)) as client:
            await client.list_tools()
            for _ in range(calls):
                started = time.perf_counter()
                await client.call_tool("get_current_time", ARGS)
                out.append((time.perf_counter() - started) * 1000)
        return out

    return asyncio.run(run())


def _hub(home: Path) -> object:
    import json

    from chatdesk.services.mcp.hub import McpHub

    config = home / "mcp.json"
    config.write_text(json.dumps({"mcpServers": {"time": {"command": SERVER}}}))
    hub = McpHub(config, lambda ref: "", lambda event: None)
    hub.start()
    deadline = time.monotonic() + 30
    while not hub.tools() and time.monotonic() < deadline:
        time.sleep(0.02)
    return hub


def hub_calls(calls: int, home: Path) -> list[float]:
    from chatdesk.services.mcp.hub import McpHub

    hub = _hub(home)
    assert isinstance(hub, McpHub)
    out = []
    try:
        for n in range(calls):
            started = time.perf_counter()
            hub.call("time", "get_current_time", dict(ARGS), f"bench-{n}")
            out.append((time.perf_counter() - started) * 1000)
    finally:
        hub.shutdown()
    return out


def window_path(calls: int, home: Path) -> list[float]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from chatdesk.core.tools import Tool, ToolBox, ToolCall, function_name
    from chatdesk.ui.mcp_tools import McpTools
    from chatdesk.ui.tool_runner import ToolRunner

    app = QApplication.instance() or QApplication([])
    source = McpTools(home / "mcp.json")
    source.start()
    deadline = time.monotonic() + 30
    while not source.tools() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    tool = next(t for t in source.tools() if t.name == "get_current_time")
    box = ToolBox([Tool(tool.server, tool.name)])
    runner = ToolRunner(source, lambda *_: None)
    source.always_allowed = lambda _tool: True  # type: ignore[method-assign]
    done: list[bool] = []
    runner.finished.connect(lambda: done.append(True))
    out = []
    try:
        for n in range(calls):
            call = ToolCall(
                f"c{n}", function_name("time", "get_current_time"), '{"timezone": "Asia/Tokyo"}'
            )
            done.clear()
            started = time.perf_counter()
            runner.run((call,), box)
            while not done:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            out.append((time.perf_counter() - started) * 1000)
    finally:
        source.shutdown()
    return out


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="chatdesk-bench-tools-"))
    base = sdk(calls)
    hub = hub_calls(calls, home)
    window = window_path(calls, home)
    reference = statistics.median(base)
    print(f"{calls} calls of get_current_time (mcp-server-time, stdio)")
    print(f"SDK alone        {_summary(base)}")
    print(f"chatdesk hub     {_summary(hub)}   ratio {statistics.median(hub) / reference:.2f}x")
    print(
        f"window path      {_summary(window)}   ratio {statistics.median(window) / reference:.2f}x"
    )


if __name__ == "__main__":
    main()
