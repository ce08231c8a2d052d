"""The history sidebar driven as a user would: new, rename, pin, delete, search, reopen."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from chatdesk.services.storage import DB_NAME, HistoryStore
from chatdesk.ui.background import requests_pool
from chatdesk.ui.controller import Retried
from chatdesk.ui.usage_dialog import period_label
from devkit.fake_server import FakeOpenAI, Stream
from tests.ui.conftest import MakeWindow, seed_long_conversation, send


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return window.sidebar.conversation_titles()


def wait_titles(qtbot: QtBot, window, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: titles(window) == expected, timeout=5000)


def test_conversations_are_saved_listed_and_reopened(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    window = make_window()
    send(qtbot, window, "First topic: gardening")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.view.message_texts == []
    send(qtbot, window, "Second topic: astronomy")
    wait_titles(qtbot, window, ["Second topic: astronomy", "First topic: gardening"])
    window.controller.shutdown()
    window.library.runner.close()
    store = HistoryStore(isolated_env / DB_NAME)
    store.open()
    convs = store.list_conversations()
    assert [c.messages for c in convs] == [2, 2]
    reopened = make_window()
    qtbot.waitUntil(lambda: reopened.view.message_texts != [])
    assert reopened.view.message_texts == [
        "Second topic: astronomy",
        "Hello from the test server.",
    ]
    # Clicking the older conversation opens it.
    tree = reopened.sidebar.tree
    rect = tree.visualItemRect(reopened.sidebar.conversation_rows()[1])
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: reopened.view.message_texts[:1] == ["First topic: gardening"])
    send(qtbot, reopened, "More on gardening")
    wait_titles(qtbot, reopened, ["First topic: gardening", "Second topic: astronomy"])


def test_rename_with_f2_pin_and_delete(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    send(qtbot, window, "alpha")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    send(qtbot, window, "beta")
    wait_titles(qtbot, window, ["beta", "alpha"])
    lst = window.sidebar.tree
    rows = window.sidebar.conversation_rows
    lst.setFocus()
    lst.setCurrentItem(rows()[1])
    qtbot.keyClick(lst, Qt.Key.Key_F2)
    editor = lst.focusWidget()
    assert editor is not lst and editor.text() == "alpha"  # type: ignore[attr-defined]
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Renamed alpha")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_titles(qtbot, window, ["beta", "Renamed alpha"])

    lst.setCurrentItem(rows()[1])
    qtbot.keyClick(lst, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_titles(qtbot, window, ["Renamed alpha", "beta"])
    assert rows()[0].data(0, 258) is True  # pinned

    asked: list[str] = []

    def confirm(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    lst.setCurrentItem(rows()[1])
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert "beta" in asked[0]
    wait_titles(qtbot, window, ["Renamed alpha"])
    # The open conversation was the deleted one: the view starts fresh.
    assert window.view.message_texts == []


def test_search_shows_highlighted_snippets_and_enter_jumps(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    send(qtbot, window, "Tell me about <volcanoes> in Iceland")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    send(qtbot, window, "Something else entirely")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search_box.hasFocus()
    qtbot.keyClicks(window.sidebar.search_box, "volcano")
    qtbot.waitUntil(lambda: len(window.sidebar.result_texts()) == 1, timeout=5000)
    result = window.sidebar.result_texts()[0]
    assert "<b>volcanoes</b>" in result and "&lt;" in result
    qtbot.keyClick(window.sidebar.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.view.message_texts[:1] == ["Tell me about <volcanoes> in Iceland"]
    )
    assert window.view.extraSelections()
    qtbot.keyClicks(window.sidebar.search_box, "zzzqqq")
    qtbot.waitUntil(lambda: window.sidebar.stack.currentWidget() is window.sidebar.empty_label)


def test_interrupted_reply_reopens_as_incomplete_with_retry(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, isolated_env: Path
) -> None:
    server.enqueue(Stream(stall_after=2))
    window = make_window()
    send(qtbot, window, "Long answer please", wait=False)
    qtbot.waitUntil(lambda: window.view.message_texts[-1:] == ["Hello from"])
    qtbot.wait(1300)  # the reply is saved while it streams, about once a second
    # Simulate a crash: the window vanishes without finishing the reply.
    run = window.controller.run
    assert run is not None and run.request is not None
    run.ended.disconnect()  # the controller never hears of the end
    run.request.cancel()
    assert requests_pool().waitForDone(2000)
    window.library.runner.close()
    reopened = make_window()
    qtbot.waitUntil(lambda: reopened.view.message_texts == ["Long answer please", "Hello from"])
    assert "Incomplete" in reopened.view.toPlainText()
    last = reopened.controller.conversation.messages[-1]
    assert last.status.value == "incomplete"
    assert reopened.controller.retry() is Retried.REPLY_REPLACED
    qtbot.waitUntil(lambda: not reopened.controller.busy)
    assert reopened.view.message_texts == ["Long answer please", "Hello from the test server."]


def test_long_conversation_opens_with_only_its_latest_page_built(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path, server: FakeOpenAI
) -> None:
    from chatdesk.ui.conversation_view import PAGE
    from chatdesk.ui.history_sync import OPEN_TAIL

    msgs = seed_long_conversation(isolated_env, 500)
    window = make_window()
    view, controller = window.view, window.controller
    qtbot.waitUntil(lambda: view.built_count == PAGE)
    # Only the tail is in memory; the rest stays in the history until needed.
    assert len(controller.conversation.messages) == OPEN_TAIL
    assert controller.conversation.unloaded_before == 500 - OPEN_TAIL
    assert view.message_texts[-1] == "message 499"
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: view.built_count == 2 * PAGE)
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: controller.conversation.unloaded_before == 0)
    qtbot.waitUntil(lambda: view.built_count == 3 * PAGE)
    controller.jump_to(msgs[3].uid)
    qtbot.waitUntil(lambda: view.message_texts[:1] == ["message 0"])
    assert view.extraSelections()


def test_sending_in_a_partly_loaded_conversation_sends_all_of_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    isolated_env: Path,
    server: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The older messages are read first (a read the turn's held writes must not hold up)."""
    from chatdesk.ui import controller as controller_module

    monkeypatch.setattr(controller_module, "WRITES_WAIT_MS", 600_000)  # only the turn lets go
    seed_long_conversation(isolated_env, 300)
    window = make_window()
    qtbot.waitUntil(lambda: window.view.built_count > 0)
    assert window.controller.conversation.unloaded_before > 0
    send(qtbot, window, "And now?")
    sent = [m["content"] for m in server.chat_requests[0].body["messages"]]
    assert sent[:2] == ["message 0", "message 1"]
    assert sent[-1] == "And now?" and len(sent) == 301
    assert window.view.message_texts[-1] == "Hello from the test server."


def test_usage_dialog_lists_totals(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    send(qtbot, window, "Count my tokens")
    window.dialogs.open_usage()
    dialog = window.dialogs.usage_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert [dialog.table.item(0, c).text() for c in range(1, 6)] == [
        "test-model",
        "1",
        "11",
        "6",
        "17",
    ]
    dialog.period.setCurrentIndex(1)
    month = period_label(time.strftime("%Y-%m"))  # as the locale names it: "November 2026"
    qtbot.waitUntil(lambda: dialog.table.item(0, 0).text() == month)
    assert month != time.strftime("%Y-%m")
    dialog.close()


def test_export_and_import_through_the_library(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    send(qtbot, window, "Export me")
    out = tmp_path / "one.json"
    notices: list[str] = []
    window.library.notice.connect(notices.append)
    window.library.export(out, "json", window.controller.conversation.uid)
    qtbot.waitUntil(lambda: bool(notices))
    assert "Exported 1 conversation" in notices[-1]
    assert json.loads(out.read_text())["conversations"][0]["title"] == "Export me"
    window.library.import_file(
        Path(__file__).resolve().parents[1] / "data" / "chatgpt_conversations.json"
    )
    wait_titles(qtbot, window, ["Export me", "Empty chat", "Sorting in Python"])


def test_enter_typed_before_results_arrive_opens_the_first_one(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    send(qtbot, window, "Penguins live in Antarctica")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.view.message_texts == []
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.sidebar.search_box, "penguin")
    qtbot.keyClick(window.sidebar.search_box, Qt.Key.Key_Return)  # no pause: typed fast
    qtbot.waitUntil(lambda: window.view.message_texts[:1] == ["Penguins live in Antarctica"])
