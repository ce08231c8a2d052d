"""The conversation follows a reply on a real display (xcb under Xvfb).

On X11 the document lays itself out lazily, after the insert that grew it, so a view that
asks "am I at the bottom?" right after appending sees a stale scroll range and stops
following. These tests stream, scroll and resize the real window and check what a user
sees: the end of the reply, or the "↓ Latest" button.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.ui.main_window import MainWindow
from devkit.fake_server import FakeOpenAI, Raw, Stream
from tests.ui.conftest import MakeWindow, send


def _at_bottom(window: MainWindow) -> bool:
    bar = window.view.verticalScrollBar()
    return bar.value() >= bar.maximum() - 4


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    """Let lazy layout and queued scrolls finish, then require the view at the bottom."""
    qtbot.waitUntil(lambda: _at_bottom(window), timeout=3000)
    qtbot.wait(150)
    assert _at_bottom(window), "the view stopped following"
    assert not window.view.latest_button.isVisible()


@pytest.mark.parametrize("rate", ["fast", "slow"])
def test_a_long_reply_is_followed_to_its_last_token(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, rate: str
) -> None:
    words = [f"word{i} " if i % 40 else f"word{i}\n\n" for i in range(600)]
    server.enqueue(Stream(chunks=words, delay=0.0 if rate == "fast" else 0.002))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "Write a lot", wait=False)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    _settled(qtbot, window)
    assert bar.maximum() > 3 * window.view.viewport().height()
    last_block = window.view.document().lastBlock()
    while last_block.isValid() and "word" not in last_block.text():
        last_block = last_block.previous()
    assert "word599" in last_block.text()


def test_sending_after_an_error_banner_brings_the_view_down(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=[f"line {i}\n\n" for i in range(80)]))
    server.enqueue(Raw(status=500, body={"error": {"message": "boom"}}))
    server.enqueue(Raw(status=500, body={"error": {"message": "boom"}}))
    server.enqueue(Raw(status=500, body={"error": {"message": "boom"}}))
    server.enqueue(Stream(chunks=[f"again {i}\n\n" for i in range(80)]))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "First")
    _settled(qtbot, window)
    send(qtbot, window, "Second")
    qtbot.waitUntil(window.banner.isVisible, timeout=10000)
    _settled(qtbot, window)
    # The user scrolls up to read, then asks again: the question and reply come into view.
    window.view.verticalScrollBar().setValue(0)
    window.prompt.setPlainText("")
    send(qtbot, window, "Third")
    _settled(qtbot, window)
    assert "again 79" in window.view.message_texts[-1]


def test_resizing_keeps_a_bottom_anchored_view_at_the_bottom(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=[f"line {i}\n\n" for i in range(120)]))
    window = make_window()
    window.resize(900, 700)
    send(qtbot, window, "Lines")
    _settled(qtbot, window)
    for width, height in [(600, 400), (1000, 760), (500, 300)]:
        window.resize(width, height)
        _settled(qtbot, window)
    window.banner.show_error(ChatError(ErrorKind.NETWORK, "A banner makes the view shorter."))
    _settled(qtbot, window)
    window.banner.hide()
    _settled(qtbot, window)
    window.splitter.setSizes([400, 600])
    _settled(qtbot, window)


def test_newer_content_below_shows_latest_and_it_returns(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=[f"line {i}\n\n" for i in range(200)], delay=0.003))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "Long", wait=False)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300)
    bar.setValue(bar.maximum() // 3)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    qtbot.wait(100)
    assert not _at_bottom(window)
    assert window.view.latest_button.isVisible()
    window.view.latest_button.click()
    _settled(qtbot, window)
