"""Text from a server or a file stays text: titles, model names and server messages that
look like HTML are shown literally, never laid out as rich text (where an ``<img>`` would
make Qt read a local file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from chatdesk.core.export import to_json
from chatdesk.core.messages import Conversation, Message, Role
from devkit.fake_server import FakeOpenAI, Raw
from tests.ui.conftest import MakeWindow, send

TITLE = '<img src="file:///etc/hosts">x <b>volcano</b> & co'
MODEL = '<b>model</b><img src="file:///etc/hosts">'


def seen(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt lays out for ``text`` shown with ``fmt``, by Qt's own rule for guessing."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    doc = QTextDocument()
    if rich:
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


def shown(label: QLabel) -> str:
    return seen(label.text(), label.textFormat())


def tooltip_at(widget: QLabel | object, pos: QPoint) -> QLabel:
    """The tooltip a user gets by hovering ``pos`` (Qt's own tooltip label)."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))  # type: ignore[attr-defined,arg-type]
    tips = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "qtooltip_label" and w.isVisible()
    ]
    assert tips and isinstance(tips[0], QLabel)
    return tips[0]


def import_crafted(qtbot: QtBot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    conv = Conversation(title=TITLE, model=MODEL)
    conv.add(Message(Role.USER, "Tell me about volcanoes"))
    conv.add(Message(Role.ASSISTANT, "Lava."))
    path = tmp_path / "crafted.json"
    path.write_text(to_json([conv]), encoding="utf-8")
    window.library.import_file(path)
    qtbot.waitUntil(lambda: TITLE in window.sidebar.conversation_titles(), timeout=5000)


def test_imported_titles_show_as_text_in_tooltips_and_search_results(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    import_crafted(qtbot, window, tmp_path)
    tree = window.sidebar.tree
    item = window.sidebar.conversation_rows()[window.sidebar.conversation_titles().index(TITLE)]
    tip = tooltip_at(tree.viewport(), tree.visualItemRect(item).center())
    assert seen(tip.text(), tip.textFormat()).splitlines()[0] == TITLE

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.sidebar.search_box, "volcanoes")
    qtbot.waitUntil(lambda: len(window.sidebar.result_texts()) == 1, timeout=5000)
    result = window.sidebar.results.itemWidget(window.sidebar.results.item(0))
    assert isinstance(result, QLabel)
    assert shown(result).startswith(TITLE + "\n")


def test_deleting_an_imported_conversation_names_it_as_text(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    import_crafted(qtbot, window, tmp_path)
    lst = window.sidebar.tree
    item = window.sidebar.conversation_rows()[window.sidebar.conversation_titles().index(TITLE)]
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    lst.setCurrentItem(item)
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert f"Delete “{TITLE}” and all its messages?" in seen(asked[0])


def test_an_imported_model_name_shows_as_text(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    import_crafted(qtbot, window, tmp_path)
    window.library.open_conversation(
        next(row.data(0, 256) for row in window.sidebar.conversation_rows() if row.text(0) == TITLE)
    )
    qtbot.waitUntil(lambda: window.controller.settings.active.model == MODEL, timeout=5000)
    assert window.model_label.textFormat() == Qt.TextFormat.PlainText
    assert shown(window.model_label) == MODEL


def test_conversation_settings_name_the_model_as_text(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(settings={"model": MODEL})
    window.dialogs.open_conversation_settings()
    dialog = window.dialogs.conversation_dialog
    labels = [w for w in dialog.findChildren(QLabel) if w.text().startswith("Context of")]
    assert [shown(label) for label in labels] == [f"Context of {MODEL}:"]
    assert labels[0].textFormat() == Qt.TextFormat.PlainText
    dialog.reject()


def test_server_error_messages_show_as_text_in_the_banner(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    message = '<img src="file:///etc/hosts"> <a href="https://evil.example">fix it</a>'
    server.enqueue(Raw(400, {"error": {"message": message}}))
    window = make_window()
    send(qtbot, window, "Hi")
    assert window.banner.isVisible()
    assert window.banner.message.textFormat() == Qt.TextFormat.PlainText
    assert message in shown(window.banner.message)


def test_the_price_table_names_a_bad_model_as_text(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.dialogs.open_prices()
    dialog = window.dialogs.prices_dialog
    row = dialog.table.rowCount()
    dialog.add_button.click()
    dialog.table.item(row, 0).setText("<b>m</b>")
    dialog.table.item(row, 1).setText("cheap")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    assert shown(dialog.error) == "“<b>m</b>”: prices must be numbers"
    dialog.reject()


def test_a_label_built_with_server_text_shows_it_as_text(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from chatdesk.core.tools import Tool, ToolCall
    from chatdesk.ui.plain_text import PlainLabel
    from chatdesk.ui.tool_approval import ToolApproval

    label = PlainLabel("<b>bold?</b>")  # built with the text, not given it later
    assert label.textFormat() == Qt.TextFormat.PlainText
    dialog = ToolApproval(Tool("s", "t", "<img src=x> a <b>tool</b>"), ToolCall("c", "s__t", "{}"))
    qtbot.addWidget(dialog)
    shown = [w for w in dialog.findChildren(PlainLabel) if "tool</b>" in w.text()]
    assert shown and all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)
