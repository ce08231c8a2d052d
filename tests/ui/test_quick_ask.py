"""The quick-ask window driven by the keyboard: Enter streams the answer there, the
conversation is saved like any other, Ctrl+O continues it in the main window, Esc hides."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from chatdesk.services.config import ConfigStore
from chatdesk.services.keystore import KeyStore
from chatdesk.services.paths import app_paths
from chatdesk.ui.controller import ChatController
from chatdesk.ui.desktop import Desktop
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.quick_ask import QuickAsk
from devkit.fake_server import FakeOpenAI, Raw, Stream
from tests.support.memory_keyring import MemoryKeyring
from tests.ui.conftest import FAST, KEY, MakeWindow, send, write_settings
from tests.ui.test_chat_window import stored


@pytest.fixture
def desktops() -> Iterator[list[Desktop]]:
    made: list[Desktop] = []
    yield made
    for desktop in made:
        if (quick := desktop.built_quick) is not None:  # its own window, not the main's child
            quick.close()


def quick_ask(qtbot: QtBot, window: MainWindow, desktops: list[Desktop]) -> QuickAsk:
    """What ``chatdesk --quick`` does in a running chatdesk."""
    desktop = Desktop(window, with_tray=False)
    desktops.append(desktop)
    desktop.start()
    desktop.handle(["--quick"])
    quick = desktop.quick()
    qtbot.waitUntil(quick.isActiveWindow)
    return quick


def ask(qtbot: QtBot, quick: QuickAsk, text: str) -> None:
    qtbot.keyClicks(quick.prompt, text)
    qtbot.keyClick(quick.prompt, Qt.Key.Key_Return)


def lines(quick: QuickAsk) -> list[str]:
    return [line.strip() for line in quick.answer.toPlainText().splitlines() if line.strip()]


def test_enter_streams_the_answer_and_follow_ups_continue_the_conversation(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    server.enqueue(Stream(chunks=["Four", ", of ", "**course**."], delay=0.05))
    window = make_window()
    quick = quick_ask(qtbot, window, desktops)
    assert quick.isVisible() and quick.prompt.hasFocus()
    assert quick.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    ask(qtbot, quick, "What is 2+2?")
    qtbot.waitUntil(lambda: "Four, of" in quick.answer.toPlainText())  # while streaming
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert lines(quick) == ["What is 2+2?", "Four, of course."]
    assert "<b>course</b>" in quick.answer.toHtml() or "font-weight:700" in quick.answer.toHtml()
    assert quick.prompt.toPlainText() == ""

    ask(qtbot, quick, "And 3+3?")
    qtbot.waitUntil(lambda: not window.controller.busy and len(server.chat_requests) == 2)
    assert [m["content"] for m in server.chat_requests[1].body["messages"]] == [
        "What is 2+2?",
        "Four, of **course**.",
        "And 3+3?",
    ]
    qtbot.waitUntil(lambda: "Hello from the test server." in quick.answer.toPlainText())

    # Saved like any other conversation, titled by its first question.
    conv = stored(window, quick.uid)
    assert conv.title == "What is 2+2?"  # type: ignore[attr-defined]
    assert [m.content for m in conv.messages] == [  # type: ignore[attr-defined]
        "What is 2+2?",
        "Four, of **course**.",
        "And 3+3?",
        "Hello from the test server.",
    ]

    # Ctrl+O: the main window, on the same conversation, continues it.
    qtbot.keyClick(quick.prompt, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not quick.isVisible() and window.isActiveWindow())
    assert window.view.message_texts[-1] == "Hello from the test server."
    assert len(window.view.message_texts) == 4
    send(qtbot, window, "Thanks")
    assert len(server.chat_requests[2].body["messages"]) == 5


def test_esc_hides_and_the_next_quick_ask_starts_a_new_conversation(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    window = make_window()
    send(qtbot, window, "An older conversation")
    older = window.controller.conversation.uid
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "First question")
    qtbot.waitUntil(lambda: not window.controller.busy and len(server.chat_requests) == 2)
    first = quick.uid
    assert first != older
    assert len(server.chat_requests[1].body["messages"]) == 1  # not the open conversation's

    qtbot.keyClick(quick.prompt, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not quick.isVisible())
    qtbot.wait(300)  # without a window manager, X refuses focus to a window re-mapped at once
    desktops[0].handle(["--quick"])
    qtbot.waitUntil(quick.isActiveWindow)
    assert quick.answer.toPlainText() == "" and quick.uid == ""
    ask(qtbot, quick, "Second question")
    qtbot.waitUntil(lambda: not window.controller.busy and len(server.chat_requests) == 3)
    assert quick.uid not in ("", first)
    assert len(server.chat_requests[2].body["messages"]) == 1


def test_open_in_chatdesk_reopens_the_conversation_if_the_window_moved_on(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    window = make_window()
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "Keep this")
    qtbot.waitUntil(lambda: not window.controller.busy and len(server.chat_requests) == 1)
    window.controller.new_conversation()  # the user went on in the main window meanwhile
    assert window.view.message_texts == []
    qtbot.waitUntil(quick.isActiveWindow)
    qtbot.keyClick(quick.open_button, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: window.view.message_texts == ["Keep this", "Hello from the test server."]
    )
    assert not quick.isVisible()
    assert window.controller.conversation.uid == quick.uid


def test_a_reply_still_streaming_in_the_main_window_is_not_cut_off(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    server.enqueue(Stream(chunks=["slow"] * 20, delay=0.1))
    window = make_window()
    send(qtbot, window, "Long answer please", wait=False)
    qtbot.waitUntil(lambda: window.controller.busy)
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "Quick one")
    assert "still writing a reply" in quick.note.text()
    assert quick.prompt.toPlainText() == "Quick one"  # kept: Enter again later sends it
    assert len(server.chat_requests) == 1
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    assert window.controller.conversation.messages[-1].content == "slow" * 20
    qtbot.keyClick(quick.prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.busy and len(server.chat_requests) == 2)
    assert server.chat_requests[1].body["messages"][-1]["content"] == "Quick one"


def test_a_failure_before_the_first_word_gives_the_question_back(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    window = make_window()
    server.enqueue(Raw(401, {"error": {"message": "Incorrect API key provided"}}))
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "Does this work?")
    qtbot.waitUntil(lambda: "Incorrect API key" in quick.note.text())
    assert quick.prompt.toPlainText() == "Does this work?"
    assert window.prompt.toPlainText() == ""  # given back where it was asked, only there
    assert quick.answer.toPlainText() == ""
    assert window.controller.conversation.messages == []  # taken back, nothing stored


def test_enter_before_the_settings_are_loaded_sends_once_they_are(
    qtbot: QtBot, server: FakeOpenAI, isolated_env: Path, memory_keyring: MemoryKeyring
) -> None:
    """``chatdesk --quick`` at start-up: the window is shown before the controller is even
    made (``app._quick_first``); the question waits for it and its settings, then goes."""
    write_settings(isolated_env, base_url=server.base_url, model="test-model")
    memory_keyring.set_password("chatdesk", server.base_url, KEY)
    quick = QuickAsk()
    qtbot.addWidget(quick)
    quick.present()
    qtbot.waitUntil(quick.isActiveWindow)
    ask(qtbot, quick, "Early bird")
    assert "Starting" in quick.note.text()
    controller = ChatController(ConfigStore(app_paths().settings_file), KeyStore(), FAST)
    quick.attach(controller)
    qtbot.wait(100)
    assert server.chat_requests == []
    controller.start()
    qtbot.waitUntil(lambda: "Hello from the test server." in quick.answer.toPlainText())
    assert server.chat_requests[0].body["messages"][-1]["content"] == "Early bird"
    controller.shutdown()


def test_the_reply_is_announced_once_when_it_ends_never_per_token(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    """From the quick-ask window (the one the user is in), as in the main window."""
    server.enqueue(Stream(chunks=[f"word{i} " for i in range(30)], delay=0.01))
    window = make_window()
    quick = quick_ask(qtbot, window, desktops)
    said = quick.announcer.said
    ask(qtbot, quick, "Talk")
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert list(said) == [("Reply finished: " + " ".join(f"word{i}" for i in range(30)), False)]

    said.clear()
    server.enqueue(Stream(chunks=["Partial"], stall_after=1))
    ask(qtbot, quick, "Again")
    qtbot.waitUntil(lambda: "Partial" in quick.answer.toPlainText())
    window.controller.stop()
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert list(said) == [("Reply stopped.", False)]


def test_a_failed_reply_is_announced_with_its_error_once(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    window = make_window()
    server.enqueue(Raw(401, {"error": {"message": "Incorrect API key provided"}}))
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "Does this work?")
    qtbot.waitUntil(lambda: "Incorrect API key" in quick.note.text())
    qtbot.wait(50)  # a failed reply is said with its error: once
    said = [text for text, _ in quick.announcer.said]
    assert len(said) == 1
    assert "Error: " in said[0] and "Incorrect API key" in said[0]
    # ... and by the quick window alone: the main window, sharing the controller, is quiet.
    assert [text for text, _ in window.access.announcer.said if "Incorrect" in text] == []


def test_a_main_window_reply_is_announced_by_the_main_window_while_the_quick_one_is_in_front(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    """The turn was asked in the main window: its end is said there, though the user has
    since opened the quick window (which asked nothing, so says nothing)."""
    server.enqueue(Stream(chunks=[f"w{i} " for i in range(20)], delay=0.05))
    window = make_window()
    send(qtbot, window, "Long one", wait=False)
    qtbot.waitUntil(lambda: window.controller.busy)
    quick = quick_ask(qtbot, window, desktops)
    assert quick.isActiveWindow()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    qtbot.wait(50)
    assert [t for t, _ in window.access.announcer.said if t.startswith("Reply finished")] == [
        "Reply finished: " + " ".join(f"w{i}" for i in range(20))
    ]
    assert list(quick.announcer.said) == []


def test_a_follow_up_asked_in_the_main_window_is_announced_there_not_in_the_quick_one(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    """Same conversation, both windows shown: the window that asked the turn says its end."""
    server.enqueue(Stream(chunks=["First ", "answer."]), Stream(chunks=["Second ", "one."]))
    window = make_window()
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "First")
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert window.controller.conversation.uid == quick.uid and quick.isVisible()
    send(qtbot, window, "Second")
    qtbot.wait(50)
    assert [t for t, _ in quick.announcer.said] == ["Reply finished: First answer."]
    assert [t for t, _ in window.access.announcer.said if t.startswith("Reply finished")] == [
        "Reply finished: Second one."
    ]


def test_a_turn_with_a_tool_step_streams_to_its_end_in_the_quick_window(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    """The reply that asks for a tool is not the turn's end: the answer after the tool
    streams here too, and the end is said once."""
    from tests.ui.test_tools_window import MCP, _asks_for_the_time, _dialog, _ready

    server.enqueue(_asks_for_the_time(), Stream(chunks=["It is evening ", "in Tokyo."]))
    window = make_window(mcp=MCP)
    _ready(qtbot, window)
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "What time is it in Tokyo?")
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10000)
    dialog = _dialog()
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Allow once
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    qtbot.wait(50)
    shown = lines(quick)
    assert shown[0] == "What time is it in Tokyo?"  # the question heads the answer
    assert "Let me check." in shown and "It is evening in Tokyo." in shown  # both steps
    [said] = [t for t, _ in quick.announcer.said]  # once, at the turn's end
    assert said.startswith("Reply finished: Let me check.") and "evening in Tokyo." in said


def test_a_quick_follow_up_is_a_new_turn_even_while_the_main_window_edits_a_message(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, desktops: list[Desktop]
) -> None:
    """The main window's edit in progress is cancelled, not turned into a branch that
    replaces the edited message with the quick question."""
    server.enqueue(Stream(chunks=["One."]), Stream(chunks=["Two."]))
    window = make_window()
    quick = quick_ask(qtbot, window, desktops)
    ask(qtbot, quick, "First")
    qtbot.waitUntil(lambda: not window.controller.busy)
    first = window.controller.conversation.messages[0]
    assert window.controller.actions.start_editing(first.uid) == "First"
    ask(qtbot, quick, "Second")
    qtbot.waitUntil(lambda: not window.controller.busy and len(server.chat_requests) == 2)
    contents = [m["content"] for m in server.chat_requests[1].body["messages"]]
    assert contents == ["First", "One.", "Second"]


def test_a_quick_window_shown_before_the_main_window_comes_back_in_front(
    qtbot: QtBot, make_window: MakeWindow, desktops: list[Desktop]
) -> None:
    """``chatdesk --quick`` with nothing running: the quick window is shown first, then the
    main window is mapped over it; the quick window is then put in front, with the focus
    and what was already typed (without a window manager keeping it on top, it was hidden)."""
    quick = QuickAsk()
    quick.present()
    qtbot.keyClicks(quick.prompt, "typed early")
    window = make_window()  # mapped later, and made the active window
    assert window.isActiveWindow() and not quick.isActiveWindow()
    desktop = Desktop(window, quick=quick, with_tray=False)
    desktops.append(desktop)
    qtbot.waitUntil(quick.isActiveWindow)
    assert quick.prompt.hasFocus() and quick.prompt.toPlainText() == "typed early"
