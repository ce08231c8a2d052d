"""The Tools dialog (File > Tools…) with real MCP servers, and "Always allow" from the
approval question: what the user changes lands in mcp.json (and secrets in the keyring)
and the servers follow."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from chatdesk.core.tools import function_name
from chatdesk.services.keystore import SERVICE
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.tool_approval import ToolApproval
from chatdesk.ui.tools_dialog import ServerEditor, ToolsDialog
from devkit.fake_server import FakeOpenAI, Stream
from tests.support.memory_keyring import MemoryKeyring, NoKeyring
from tests.ui.conftest import MakeWindow, send

TEST_SERVER = str(Path(__file__).resolve().parents[2] / "devkit" / "mcp_test_server.py")
TIME_SERVER = str(Path(sys.executable).parent / "mcp-server-time")
KIT = {"command": sys.executable, "args": [TEST_SERVER]}


def _servers(window: MainWindow) -> dict[str, Any]:
    path = window.tools.config_path  # type: ignore[union-attr]
    servers: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["mcpServers"]
    return servers


def _open(qtbot: QtBot, window: MainWindow) -> ToolsDialog:
    window.open_tools()
    dialog = window.dialogs.tools_dialog
    assert isinstance(dialog, ToolsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def _rows(dialog: ToolsDialog) -> list[str]:
    return [dialog.servers.item(i).text() for i in range(dialog.servers.count())]


def _select(dialog: ToolsDialog, name: str) -> None:
    row = next(i for i, text in enumerate(_rows(dialog)) if text.startswith(f"{name} —"))
    dialog.servers.setCurrentRow(row)


def _visible(kind: type) -> Any:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def _paste_dialog(qtbot: QtBot, dialog: ToolsDialog) -> QDialog:
    """Paste mcp.json…, opened: its dialog (one window among others, found by its title)."""

    def shown() -> QDialog | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and w.windowTitle() == "Paste mcp.json"
            ),
            None,
        )

    dialog.paste()
    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    found = shown()
    assert found is not None
    return found


def _add_kit(qtbot: QtBot, dialog: ToolsDialog, values: str, secrets: str) -> None:
    dialog.add()
    qtbot.waitUntil(lambda: _visible(ServerEditor) is not None, timeout=5000)
    editor = _visible(ServerEditor)
    editor.name.setText("kit")
    editor.command.setText(sys.executable)
    editor.arguments.setText(TEST_SERVER)
    editor.values.setPlainText(values)
    editor.secrets.setPlainText(secrets)
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)  # Save is the default button
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)


def test_a_server_added_with_a_secret_value_starts_and_the_file_keeps_only_its_reference(
    qtbot: QtBot, make_window: MakeWindow, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    log = tmp_path / "kit.log"
    window = make_window(mcp={"mcpServers": {}})
    dialog = _open(qtbot, window)
    _add_kit(qtbot, dialog, f"MCP_TEST_LOG={log}", secrets="TEST_TOKEN=s3cret-value")
    qtbot.waitUntil(lambda: "kit" in _servers(window), timeout=5000)
    kept = _servers(window)["kit"]["env"]
    assert kept == {"MCP_TEST_LOG": str(log), "TEST_TOKEN": {"keyring": "mcp:kit:env:TEST_TOKEN"}}
    assert "s3cret-value" not in json.dumps(_servers(window))
    assert memory_keyring.entries[(SERVICE, "mcp:kit:env:TEST_TOKEN")] == "s3cret-value"
    qtbot.waitUntil(lambda: any(r.startswith("kit — ready") for r in _rows(dialog)), timeout=30000)
    # The server was started with the secret from the keyring (it logs what it got).
    qtbot.waitUntil(lambda: log.exists() and "token s3cret-value" in log.read_text(), timeout=5000)


def test_disable_remove_and_paste_follow_in_the_file_and_the_servers(
    qtbot: QtBot, make_window: MakeWindow, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE, "mcp:kit:env:TEST_TOKEN", "t0k")
    kit = {**KIT, "env": {"TEST_TOKEN": {"keyring": "mcp:kit:env:TEST_TOKEN"}}}
    window = make_window(mcp={"mcpServers": {"kit": kit}})
    dialog = _open(qtbot, window)
    qtbot.waitUntil(lambda: any(r.startswith("kit — ready") for r in _rows(dialog)), timeout=30000)
    _select(dialog, "kit")
    dialog.toggle()
    qtbot.waitUntil(lambda: _servers(window)["kit"].get("disabled") is True, timeout=5000)
    qtbot.waitUntil(lambda: _rows(dialog) == ["kit — disabled"], timeout=10000)
    tools = window.tools
    assert tools is not None
    qtbot.waitUntil(lambda: not any(t.server == "kit" for t in tools.tools()), timeout=10000)
    pasted = _paste_dialog(qtbot, dialog)
    text = pasted.findChild(QPlainTextEdit)
    text.setPlainText(json.dumps({"mcpServers": {"time": {"command": TIME_SERVER}}}))
    pasted.accept()
    qtbot.waitUntil(lambda: "time" in _servers(window), timeout=5000)
    qtbot.waitUntil(lambda: any(t.server == "time" for t in tools.tools()), timeout=30000)
    _select(dialog, "kit")
    dialog.remove()
    qtbot.waitUntil(lambda: "kit" not in _servers(window), timeout=5000)
    qtbot.waitUntil(  # its secret goes too
        lambda: (SERVICE, "mcp:kit:env:TEST_TOKEN") not in memory_keyring.entries, timeout=5000
    )
    # A disabled server has no tools to take away: its row must still go.
    qtbot.waitUntil(lambda: [r.split(" — ")[0] for r in _rows(dialog)] == ["time"], timeout=10000)


def test_a_failed_server_shows_its_error_output(qtbot: QtBot, make_window: MakeWindow) -> None:
    broken = {**KIT, "args": [TEST_SERVER, "--fail-start"]}
    window = make_window(mcp={"mcpServers": {"broken": broken}})
    dialog = _open(qtbot, window)
    qtbot.waitUntil(lambda: _rows(dialog) == ["broken — failed"], timeout=30000)
    _select(dialog, "broken")
    qtbot.waitUntil(
        lambda: "missing API token (set TEST_TOKEN)" in dialog.detail.text(), timeout=5000
    )


def test_a_keyring_that_fails_leaves_the_file_as_it_was_and_says_why(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    kit = {**KIT, "env": {"TEST_TOKEN": "old-plain-value"}}
    window = make_window(mcp={"mcpServers": {"kit": kit}})
    dialog = _open(qtbot, window)
    before = _servers(window)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        _select(dialog, "kit")
        dialog.edit()
        qtbot.waitUntil(lambda: _visible(ServerEditor) is not None, timeout=5000)
        editor = _visible(ServerEditor)
        assert editor.values.toPlainText() == "TEST_TOKEN=old-plain-value"
        editor.values.setPlainText("")
        editor.secrets.setPlainText("TEST_TOKEN=new-secret")
        qtbot.keyClick(editor.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=5000)
    finally:
        keyring.set_keyring(previous)
    assert "keyring" in dialog.problem.text().lower()
    assert _servers(window) == before  # the old value is still there, not a blank


def _asks_for_the_time() -> Stream:
    call = {
        "index": 0,
        "id": "call_time",
        "function": {
            "name": function_name("time", "get_current_time"),
            "arguments": '{"timezone": "UTC"}',
        },
    }
    return Stream(chunks=["Checking. "], tool_calls=[call], finish_reason="tool_calls")


def test_always_allow_is_remembered_in_the_file_and_the_next_call_is_not_asked(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(_asks_for_the_time(), Stream(chunks=["Noon."]))
    server.enqueue(_asks_for_the_time(), Stream(chunks=["Still noon."]))
    window = make_window(mcp={"mcpServers": {"time": {"command": TIME_SERVER}}})
    tools = window.tools
    assert tools is not None
    qtbot.waitUntil(lambda: any(t.server == "time" for t in tools.tools()), timeout=30000)
    send(qtbot, window, "Time?", wait=False)
    qtbot.waitUntil(lambda: _visible(ToolApproval) is not None, timeout=10000)
    question = _visible(ToolApproval)
    qtbot.waitUntil(question.isActiveWindow, timeout=5000)  # a mnemonic needs it active
    qtbot.keyClick(question, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    qtbot.waitUntil(
        lambda: _servers(window)["time"].get("alwaysAllow") == ["get_current_time"], timeout=5000
    )
    asked: list[object] = []
    send(qtbot, window, "And now?", wait=False)
    qtbot.waitUntil(
        lambda: asked.append(_visible(ToolApproval)) or not window.controller.busy, timeout=20000
    )
    assert [a for a in asked if a is not None] == []  # never asked the second time
    assert window.view.message_texts[-1] == "Still noon."


def test_a_kept_secret_shows_as_kept_and_stays_when_other_values_change(
    qtbot: QtBot, make_window: MakeWindow, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE, "mcp:kit:env:TEST_TOKEN", "t0k")
    kit = {**KIT, "env": {"TEST_TOKEN": {"keyring": "mcp:kit:env:TEST_TOKEN"}, "A": "1"}}
    window = make_window(mcp={"mcpServers": {"kit": kit}})
    dialog = _open(qtbot, window)
    _select(dialog, "kit")
    dialog.edit()
    qtbot.waitUntil(lambda: _visible(ServerEditor) is not None, timeout=5000)
    editor = _visible(ServerEditor)
    assert editor.values.toPlainText() == "A=1"
    assert editor.secrets.toPlainText() == "TEST_TOKEN=<in the keyring>"  # never the secret
    editor.values.setPlainText("A=2")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _servers(window)["kit"]["env"].get("A") == "2", timeout=5000)
    assert _servers(window)["kit"]["env"]["TEST_TOKEN"] == {"keyring": "mcp:kit:env:TEST_TOKEN"}
    assert memory_keyring.entries[(SERVICE, "mcp:kit:env:TEST_TOKEN")] == "t0k"


def test_a_pasted_file_that_is_not_json_says_so_not_that_chatdesk_broke(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(mcp={"mcpServers": {}})
    dialog = _open(qtbot, window)
    pasted = _paste_dialog(qtbot, dialog)
    pasted.findChild(QPlainTextEdit).setPlainText('{"mcpServers": {"time": ')
    pasted.accept()
    qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=5000)
    assert dialog.problem.text().startswith("That is not JSON")
    assert "bug" not in dialog.problem.text()


def test_secrets_no_server_refers_to_any_more_leave_the_keyring(
    qtbot: QtBot, make_window: MakeWindow, memory_keyring: MemoryKeyring
) -> None:
    """A secret line deleted in the editor, and a renamed server removed later: neither
    leaves its value behind in the keyring."""
    memory_keyring.set_password(SERVICE, "mcp:kit:env:TEST_TOKEN", "t0k")
    memory_keyring.set_password(SERVICE, "mcp:kit:env:OTHER", "o7")
    refs = {n: {"keyring": f"mcp:kit:env:{n}"} for n in ("TEST_TOKEN", "OTHER")}
    window = make_window(mcp={"mcpServers": {"kit": {**KIT, "env": refs}}})
    dialog = _open(qtbot, window)
    _select(dialog, "kit")
    dialog.edit()
    qtbot.waitUntil(lambda: _visible(ServerEditor) is not None, timeout=5000)
    editor = _visible(ServerEditor)
    editor.name.setText("renamed")
    editor.secrets.setPlainText("TEST_TOKEN=<in the keyring>")  # OTHER deleted
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "renamed" in _servers(window), timeout=5000)
    qtbot.waitUntil(
        lambda: (SERVICE, "mcp:kit:env:OTHER") not in memory_keyring.entries, timeout=5000
    )
    assert memory_keyring.entries[(SERVICE, "mcp:kit:env:TEST_TOKEN")] == "t0k"  # still used
    qtbot.waitUntil(lambda: any(r.startswith("renamed") for r in _rows(dialog)), timeout=10000)
    _select(dialog, "renamed")
    dialog.remove()
    qtbot.waitUntil(lambda: "renamed" not in _servers(window), timeout=5000)
    qtbot.waitUntil(
        lambda: (SERVICE, "mcp:kit:env:TEST_TOKEN") not in memory_keyring.entries, timeout=5000
    )
