"""MCP servers' prompts in the "/" popup, in the real window on a real X server, with a real
MCP server (``devkit/mcp_test_server.py`` over stdio, built on the official SDK).

Typing "/" lists the server's prompts after the saved ones; Enter inserts the text the
server sends; a prompt with arguments asks for them first; a server that refuses, hangs or
has stopped gives a notice in time, and the prompt box keeps what was typed.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from chatdesk.services.mcp.api import ServerState
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.mcp_prompts import PromptArguments
from tests.ui.conftest import MakeWindow
from tests.ui.test_prompt_library import ready, shown, write_library

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 2
MCP = {
    "mcpServers": {
        "test": {
            "command": sys.executable,
            "args": [str(ROOT / "devkit" / "mcp_test_server.py")],
            "timeout": TIMEOUT,
        }
    }
}
GREETING = "Hello from the test server!\nPlease greet me back."


def prompts_ready(qtbot: QtBot, window: MainWindow) -> MainWindow:
    tools = window.tools
    assert tools is not None
    qtbot.waitUntil(lambda: any(p.name == "greet" for p in tools.prompts()), timeout=30000)
    return ready(qtbot, window)


def key(qtbot: QtBot, window: MainWindow, k: Qt.Key) -> None:
    qtbot.keyClick(window.prompt, k)


def notice(window: MainWindow) -> str:
    banner = window.banner
    return banner.message.text() if banner.isVisible() else ""


def dialog() -> PromptArguments | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PromptArguments)]
    return next((w for w in found if w.isVisible()), None)


def test_slash_lists_the_servers_prompts_after_the_saved_ones_and_enter_inserts_its_text(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    write_library(isolated_env, [{"name": "Greet politely", "text": "Good day, {{name}}."}])
    window = prompts_ready(qtbot, make_window(mcp=MCP))
    qtbot.keyClicks(window.prompt, "/")
    rows = shown(window)
    assert rows.index("Greet politely") < rows.index("test · Greeting")
    assert "test · Code review…" in rows  # "…": it asks for its arguments first
    qtbot.keyClicks(window.prompt, "gree")
    assert shown(window) == ["Greet politely", "test · Greeting"]  # filtered as the others
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.prompt.popup is None
    qtbot.waitUntil(lambda: window.prompt.toPlainText() == GREETING, timeout=10000)
    assert window.prompt.hasFocus()
    assert notice(window) == ""
    assert not window.controller.conversation.messages  # inserted, not sent


def test_a_prompt_with_arguments_asks_for_them_then_inserts_what_the_server_wrote(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = prompts_ready(qtbot, make_window(mcp=MCP))
    qtbot.keyClicks(window.prompt, "/review")
    assert shown(window) == ["test · Code review…"]
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog() is not None)
    asked = dialog()
    assert asked is not None
    labels = [f.accessibleName() for f in asked.fields.values()]
    assert labels == ["code (required)", "language"]
    assert not asked.insert.isEnabled()  # the required one is empty
    code, language = asked.fields["code"], asked.fields["language"]
    assert code.placeholderText() == "The code to review"
    code.setFocus()
    qtbot.keyClicks(code, "fn main() {}")
    assert asked.insert.isEnabled()
    qtbot.keyClicks(language, "Rust")
    qtbot.keyClick(language, Qt.Key.Key_Return)  # Insert is the default button
    qtbot.waitUntil(
        lambda: window.prompt.toPlainText() == "Review this Rust code:\n\nSend it.\n\nfn main() {}",
        timeout=10000,
    )
    # Cancel leaves the "/…" as typed.
    window.prompt.clear()
    qtbot.keyClicks(window.prompt, "/review")
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog() is not None)
    asked = dialog()
    assert asked is not None
    cancel = [b for b in asked.findChildren(QPushButton) if b is not asked.insert]
    cancel[0].click()
    qtbot.waitUntil(lambda: dialog() is None)
    assert window.prompt.toPlainText() == "/review"


def test_an_error_and_a_hang_give_a_notice_in_time_and_keep_the_typed_text(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = prompts_ready(qtbot, make_window(mcp=MCP))
    qtbot.keyClicks(window.prompt, "/broken")
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "could not give the prompt “broken”" in notice(window), timeout=5000)
    assert "File › Tools (MCP servers)" in notice(window)
    assert window.prompt.toPlainText() == "/broken"

    window.prompt.clear()
    qtbot.keyClicks(window.prompt, "/stall")
    start = time.monotonic()
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "Getting the prompt “stall” from test…"
    qtbot.keyClicks(window.prompt, " and more")  # typed while the server is asked
    # The UI thread stays free: keys are handled at once while the server hangs.
    assert window.prompt.toPlainText() == "/stall and more"
    qtbot.waitUntil(
        lambda: "did not send the prompt" in notice(window), timeout=TIMEOUT * 1000 + 5000
    )
    assert time.monotonic() - start < TIMEOUT + 4
    assert f"within {TIMEOUT} s" in notice(window)
    assert window.prompt.toPlainText() == "/stall and more"
    assert window.statusBar().currentMessage() == ""

    # A prompt that arrives clears the notice. Typed on meanwhile: the text follows what
    # was typed instead of replacing it.
    assert window.prompt.server_prompts is not None and window.tools is not None
    greet = next(p for p in window.tools.prompts() if p.name == "greet")
    window.prompt.server_prompts.get(greet, {})
    window.prompt.setPlainText("my own words")  # before the answer is delivered
    qtbot.waitUntil(lambda: GREETING in window.prompt.toPlainText(), timeout=10000)
    assert window.prompt.toPlainText() == f"my own words\n\n{GREETING}"
    assert notice(window) == ""


def test_a_server_that_stopped_gives_a_notice_and_its_prompts_leave_the_list(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = prompts_ready(qtbot, make_window(mcp=MCP))
    tools = window.tools
    assert tools is not None and tools.hub is not None
    qtbot.keyClicks(window.prompt, "/greet")
    assert shown(window) == ["test · Greeting"]
    hub = tools.hub
    threading.Thread(target=lambda: hub.call("test", "crash", {}, "crash-1"), daemon=True).start()
    qtbot.waitUntil(
        lambda: any(s.state is ServerState.FAILED for s in tools.statuses()), timeout=10000
    )
    key(qtbot, window, Qt.Key.Key_Return)  # the row chosen before the list was refreshed
    qtbot.waitUntil(lambda: "is not running" in notice(window), timeout=5000)
    assert "exit code 3" in notice(window)
    assert window.prompt.toPlainText() == "/greet"
    qtbot.keyClicks(window.prompt, "x")
    key(qtbot, window, Qt.Key.Key_Backspace)
    assert shown(window) == []  # its prompts are gone with it
