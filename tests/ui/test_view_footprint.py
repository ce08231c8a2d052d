"""A long conversation keeps only a few pages built, and nothing a user can reach is lost.

The view unbuilds messages far above what is on screen (a laid-out message costs ~100
times its text) and builds them again when the user scrolls up. These tests stream a
conversation longer than that window into the real window on a real display.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Role
from chatdesk.ui.conversation_view import KEEP_ABOVE, PAGE, ConversationView
from chatdesk.ui.main_window import MainWindow
from devkit.fake_server import FakeOpenAI, Stream
from tests.support.snapshots import said
from tests.ui.conftest import MakeWindow

TURNS = 40  # 80 messages: well past KEEP_ABOVE + PAGE


def _reply(n: int) -> list[str]:
    return [f"Answer {n}. ", "Line two of it.\n\n", "```python\n", f"x = {n}\n", "```\n"]


def _ask(qtbot: QtBot, window: MainWindow, n: int) -> None:
    window.prompt.setPlainText(f"Question {n}")
    window.send()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)


def _top_text(view: ConversationView) -> str:
    """The first line of text at the top of the viewport: what the user is looking at."""
    block = view.cursorForPosition(QPoint(8, 8)).block()
    while block.isValid() and not block.text().strip():
        block = block.next()
    return block.text()


def _scroll_to_the_start(qtbot: QtBot, view: ConversationView) -> None:
    for _ in range(2 * TURNS):
        if view.message_texts[:1] == ["Question 0"]:
            return
        view.verticalScrollBar().setValue(0)
        qtbot.wait(20)


def test_a_long_conversation_keeps_a_few_pages_built_and_all_of_it_reachable(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=_reply(0), drop_after=3))  # cut off inside its code block
    for n in range(1, TURNS):
        server.enqueue(Stream(chunks=_reply(n)))
    window = make_window()
    window.resize(900, 600)
    for n in range(TURNS):
        _ask(qtbot, window, n)
    view = window.view
    assert view.built_count <= KEEP_ABOVE + PAGE
    assert view.message_texts[-1].startswith(f"Answer {TURNS - 1}.")
    _scroll_to_the_start(qtbot, view)
    texts = view.message_texts
    assert len(texts) == 2 * TURNS
    assert texts[0] == "Question 0"
    assert texts[1].startswith("Answer 0. Line two of it.")
    document = view.document().toPlainText()
    assert "Incomplete: the reply was cut off" in document  # its status came back with it
    assert view.code_block(f"{window.controller.conversation.messages[3].uid}/m.0") == "x = 1"


def test_unbuilding_above_leaves_what_the_user_reads_where_it_is(qtbot: QtBot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)
    for n in range(KEEP_ABOVE + PAGE):
        view.add_message(
            said(Role.ASSISTANT, "\n\n".join(f"Message {n} line {j}" for j in range(6)), f"m{n}")
        )
    qtbot.wait(50)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() - 2 * view.viewport().height())  # reading a little way up
    qtbot.wait(50)
    reading, value = _top_text(view), bar.value()
    assert reading
    view.add_message(said(Role.ASSISTANT, "A new reply arrives below", "new"))
    qtbot.wait(50)
    assert view.built_count < KEEP_ABOVE + PAGE  # older messages were unbuilt...
    assert bar.value() < value  # ...so the same text now sits higher in a shorter document
    assert _top_text(view) == reading  # and the user sees exactly what they were reading
    assert view.latest_button.isVisible()
