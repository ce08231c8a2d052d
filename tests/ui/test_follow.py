"""The conversation follows a reply on a real display (xcb under Xvfb).

On X11 the document lays itself out lazily, after the insert that grew it, so a view that
asks "am I at the bottom?" right after appending sees a stale scroll range and stops
following. These tests stream, scroll and resize the real window and check what a user
sees: the end of the reply, or the "↓ Latest" button.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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


def _long(tag: str, count: int = 150) -> list[str]:
    """A reply that grows by a line at a time, several screens long."""
    return [f"{tag} {i}\n\n" for i in range(count)]


def _slow(tag: str) -> Stream:
    return Stream(chunks=_long(tag), delay=0.01)


def _followed_while_streaming(
    qtbot: QtBot, window: MainWindow, tag: str, during: Callable[[], None] | None = None
) -> None:
    """Once the reply tagged ``tag`` shows, sample the scroll bar until it ends: every
    sample must be at the bottom with no "↓ Latest", across many heights of the reply.
    ``during`` runs once mid-stream (something that resizes the view)."""
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: f"{tag} 0" in window.view.toPlainText(), timeout=10000)
    lagging: list[tuple[int, int]] = []
    maxima: set[int] = set()
    deadline = time.monotonic() + 30
    while window.controller.busy and time.monotonic() < deadline:
        qtbot.wait(15)
        if during is not None and f"{tag} 60" in window.view.message_texts[-1]:
            during()
            during = None
        if bar.maximum() > 0:
            maxima.add(bar.maximum())
            if not _at_bottom(window) or window.view.latest_button.isVisible():
                lagging.append((bar.value(), bar.maximum()))
    assert not window.controller.busy, "the reply did not end"
    assert len(maxima) >= 5, "too few samples while the reply grew"
    assert not lagging, f"the view left the bottom while the reply grew: {lagging[:5]}"
    _settled(qtbot, window)
    assert f"{tag} 149" in window.view.message_texts[-1]


def _scrolled_up(qtbot: QtBot, window: MainWindow) -> None:
    """The user scrolls up to read; newer content is below them."""
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > window.view.viewport().height())
    bar.setValue(0)
    qtbot.waitUntil(window.view.latest_button.isVisible, timeout=3000)


def test_a_growing_reply_keeps_the_view_at_the_bottom_at_every_moment(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(_slow("grow"))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "Write a lot", wait=False)
    _followed_while_streaming(qtbot, window, "grow")


def test_retry_from_the_error_banner_brings_the_view_down_and_follows(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=_long("first", 80)))
    server.enqueue(*[Raw(status=500, body={"error": {"message": "boom"}})] * 3)
    server.enqueue(_slow("retried"))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "First")
    send(qtbot, window, "Second")
    qtbot.waitUntil(window.banner.isVisible, timeout=10000)
    assert window.banner.action_button.text() == "Retry"
    _scrolled_up(qtbot, window)
    qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    _followed_while_streaming(qtbot, window, "retried")


def test_regenerate_brings_the_view_down_and_follows(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=_long("first", 80)), _slow("again"))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "Question")
    _scrolled_up(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    _followed_while_streaming(qtbot, window, "again")


def test_continue_brings_the_view_down_and_follows(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=_long("story", 80), stall_after=80), _slow("more"))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "Tell a story", wait=False)
    qtbot.waitUntil(lambda: "story 79" in window.view.message_texts[-1], timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)
    _scrolled_up(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _followed_while_streaming(qtbot, window, "more")


def test_an_edited_and_resent_message_brings_the_view_down_and_follows(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=_long("paris", 80)), _slow("rome"))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "Capital of France?")
    _scrolled_up(qtbot, window)
    window.prompt.setFocus()
    qtbot.keyClick(window.prompt, Qt.Key.Key_Up)
    assert window.prompt.toPlainText() == "Capital of France?"
    window.prompt.selectAll()
    qtbot.keyClicks(window.prompt, "Capital of Italy?")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    _followed_while_streaming(qtbot, window, "rome")


def test_the_tray_and_the_banner_keep_a_following_view_at_the_bottom(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("notes " * 50)
    server.enqueue(_slow("tray"), Stream(chunks=_long("after", 80)))
    window = make_window()
    window.resize(800, 500)
    send(qtbot, window, "Lines", wait=False)
    # The tray appears above the prompt while the reply streams: the view gets shorter.
    _followed_while_streaming(
        qtbot, window, "tray", during=lambda: window.tray.attach_paths([str(note)])
    )
    assert window.tray.isVisible()
    window.tray.take()
    qtbot.waitUntil(lambda: not window.tray.isVisible())
    _settled(qtbot, window)
    window.tray.attach_paths([str(note)])
    qtbot.waitUntil(window.tray.isVisible, timeout=5000)
    _settled(qtbot, window)
    window.tray.take()
    qtbot.waitUntil(lambda: not window.tray.isVisible())
    _settled(qtbot, window)
    window.banner.show_error(ChatError(ErrorKind.NETWORK, "A banner makes the view shorter."))
    qtbot.waitUntil(window.banner.isVisible)
    _settled(qtbot, window)


def test_latest_shows_whenever_newer_content_is_below(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(_slow("below"))
    window = make_window()
    window.resize(800, 500)
    bar = window.view.verticalScrollBar()
    send(qtbot, window, "Long", wait=False)
    qtbot.waitUntil(lambda: bar.maximum() > 2 * window.view.viewport().height(), timeout=10000)
    bar.setValue(bar.maximum() // 2)
    hidden: list[int] = []
    while window.controller.busy:
        qtbot.wait(15)
        if not window.view.latest_button.isVisible():
            hidden.append(bar.maximum())
    assert not hidden, "newer text arrived below without a ↓ Latest"
    assert bar.value() < bar.maximum() - 4  # the reader's place was kept
    for place in (0, bar.maximum() // 3, bar.maximum() - 60):
        bar.setValue(place)
        qtbot.wait(50)
        assert window.view.latest_button.isVisible(), f"nothing says newer text is below {place}"
    # Shapes that change the range keep saying so while there is more below.
    window.resize(700, 420)
    qtbot.wait(100)
    assert window.view.latest_button.isVisible()
    window.banner.show_error(ChatError(ErrorKind.NETWORK, "A banner makes the view shorter."))
    qtbot.wait(100)
    assert window.view.latest_button.isVisible()
    # Scrolled to the end by hand, nothing is below: the button goes.
    bar.setValue(bar.maximum())
    _settled(qtbot, window)
