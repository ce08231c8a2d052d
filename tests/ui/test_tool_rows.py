"""Tool calls and results in the conversation pane: compact rows, plain text, expandable."""

from __future__ import annotations

import json

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import MessageSnapshot, Role, ToolRun
from chatdesk.core.tools import CallState, ToolCall
from chatdesk.ui.conversation_view import ConversationView
from chatdesk.ui.message_blocks import ACTION_SCHEME, RESULT_PREVIEW


def _turn(result: str) -> list[MessageSnapshot]:
    call = ToolCall("c1", "time__get_current_time", '{"timezone": "Asia/Tokyo"}')
    run = ToolRun("c1", "time", "get_current_time", CallState.DONE, call.arguments, 42.0)
    return [
        MessageSnapshot("u", Role.USER, "What time is it in Tokyo?"),
        MessageSnapshot("a1", Role.ASSISTANT, "", tool_calls=(call,)),
        MessageSnapshot("t1", Role.TOOL, result, tool_run=run),
        MessageSnapshot("a2", Role.ASSISTANT, "It is **13:05** in Tokyo."),
    ]


def test_a_tool_turn_reads_as_rows_and_a_long_result_expands(qtbot: QtBot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    hostile = '<img src="file:///etc/hosts"> <b>bold?</b> '
    result = json.dumps({"note": hostile, "data": ["x" * 20] * 40})
    view.show_conversation(_turn(result))
    text = view.toPlainText()
    assert "⚙ time · get_current_time" in text  # the call, under the reply that made it
    assert "⚙ time · get_current_time · done · 42 ms" in text  # the result's row
    assert f"Show all ({len(result):,} characters)" in text
    assert "<img" in text and "<img" not in view.toHtml().replace("&lt;img", "")
    assert len(text.split("Show all")[1].split("Assistant")[0]) < RESULT_PREVIEW + 200
    view.anchorClicked.emit(QUrl(f"{ACTION_SCHEME}:tool:t1"))
    expanded = view.toPlainText()
    assert "Show less" in expanded and expanded.count("x" * 20) == 40
    assert view.message_uids == ["u", "a1", "t1", "a2"]
    assert expanded.index("Show less") < expanded.index("13:05")  # rebuilt in its place
    view.anchorClicked.emit(QUrl(f"{ACTION_SCHEME}:tool:t1"))
    assert "Show all" in view.toPlainText() and view.message_uids == ["u", "a1", "t1", "a2"]
