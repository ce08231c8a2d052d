"""The main window as a user drives it: type, Enter, watch the reply, Esc, errors."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.fake_server import FakeOpenAI, Raw, Stream
from tests.ui.conftest import KEY, MakeWindow, send


def test_enter_sends_and_reply_streams_in_with_usage(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    assert "chatdesk" in window.windowTitle()
    assert window.prompt.hasFocus()
    send(qtbot, window, "Hi there")
    assert window.view.message_texts == ["Hi there", "Hello from the test server."]
    assert "11 prompt + 6 completion = 17 tokens" in window.usage_label.text()
    assert "Conversation: 17 tokens" in window.usage_label.text()
    assert window.prompt.toPlainText() == ""
    assert window.prompt.hasFocus()
    request = server.chat_requests[0]
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.body["stream"] is True
    assert request.body["stream_options"] == {"include_usage": True}

    send(qtbot, window, "And again")
    assert [m["content"] for m in server.chat_requests[1].body["messages"]] == [
        "Hi there",
        "Hello from the test server.",
        "And again",
    ]
    assert "Conversation: 34 tokens" in window.usage_label.text()


def test_shift_enter_makes_a_new_line_without_sending(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    qtbot.keyClicks(window.prompt, "line one")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.prompt, "line two")
    assert window.prompt.toPlainText() == "line one\nline two"
    assert server.chat_requests == []
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert server.chat_requests[0].body["messages"][-1]["content"] == "line one\nline two"


def test_system_prompt_and_non_streaming_mode(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window(settings={"system_prompt": "Answer in French", "stream": False})
    send(qtbot, window, "Hello")
    body = server.chat_requests[0].body
    assert "stream" not in body
    assert body["messages"][0] == {"role": "system", "content": "Answer in French"}
    assert window.view.message_texts[-1] == "Hello from the test server."
    assert "17 tokens" in window.usage_label.text()


def test_usage_is_estimated_with_tilde_when_server_sends_none(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(usage=None))
    window = make_window()
    send(qtbot, window, "Hi")
    assert "~" in window.usage_label.text()
    assert "completion" in window.usage_label.text()


def test_escape_stops_a_stalled_reply_and_keeps_it(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(stall_after=2))
    window = make_window()
    send(qtbot, window, "Tell me", wait=False)
    qtbot.waitUntil(lambda: window.view.message_texts[-1:] == ["Hello from"], timeout=5000)
    assert window.stop_button.isEnabled()
    worker = window.controller._worker
    assert worker is not None and worker.isRunning()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    # The UI is free at once, and the reading thread ends without waiting for the server.
    assert not window.controller.busy
    assert worker.wait(1000), "the worker thread is still blocked on the silent server"
    assert window.view.message_texts == ["Tell me", "Hello from"]
    assert "Stopped" in window.view.toPlainText()
    assert window.send_button.isEnabled() and not window.stop_button.isEnabled()
    assert window.controller.conversation.messages[-1].status.value == "stopped"


def test_stop_button_and_no_second_send_while_streaming(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(stall_after=1))
    window = make_window()
    send(qtbot, window, "First", wait=False)
    qtbot.waitUntil(lambda: window.view.message_texts[-1:] == ["Hello"])
    assert not window.send_button.isEnabled()
    qtbot.keyClicks(window.prompt, "Second")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    assert len(server.chat_requests) == 1
    assert window.prompt.toPlainText() == "Second"
    qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    assert not window.controller.busy
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.busy and len(server.chat_requests) == 2)
    assert window.view.message_texts[-2:] == ["Second", "Hello from the test server."]


def test_streamed_text_is_coalesced_into_few_repaints(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=["x"] * 200, delay=0.003))
    window = make_window()
    repaints: list[str] = []
    window.controller.reply_text.connect(repaints.append)
    send(qtbot, window, "Go")
    assert "".join(repaints) == "x" * 200
    # 200 chunks over >= 0.6 s; at ~30 repaints a second that is far fewer than 200 updates.
    assert len(repaints) < 60


def test_401_shows_the_servers_message_and_gives_the_text_back(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Raw(401, {"error": {"message": f"Incorrect API key provided: {KEY}"}}))
    window = make_window()
    send(qtbot, window, "My precious question")
    assert window.banner.isVisible()
    assert "API key was rejected" in window.banner.title.text()
    assert "Incorrect API key provided: ***" in window.banner.message.text()
    assert KEY not in window.banner.message.text()
    assert window.prompt.toPlainText() == "My precious question"
    assert window.view.message_texts == []
    assert window.banner.action_button.text() == "Open settings"
    qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()
    window.settings_dialog.reject()


def test_404_names_the_model(qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI) -> None:
    server.enqueue(Raw(404, {"error": {"message": "The model `nope` does not exist"}}))
    window = make_window(settings={"model": "nope"})
    send(qtbot, window, "Hi")
    assert "not found" in window.banner.title.text()
    assert "nope" in window.banner.message.text()


def test_context_length_error(qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI) -> None:
    server.enqueue(
        Raw(
            400,
            {
                "error": {
                    "message": "This model's maximum context length is 2048 tokens",
                    "code": "context_length_exceeded",
                }
            },
        )
    )
    window = make_window()
    send(qtbot, window, "A very long text")
    assert "too long" in window.banner.title.text()
    assert "maximum context length is 2048" in window.banner.message.text()
    assert window.prompt.toPlainText() == "A very long text"


def test_text_typed_during_a_failing_request_is_kept_too(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Raw(400, {"detail": "bad"}, delay=0.3))
    window = make_window()
    send(qtbot, window, "first", wait=False)
    qtbot.keyClicks(window.prompt, "typed meanwhile")
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert window.prompt.toPlainText() == "first\n\ntyped meanwhile"


def test_429_shows_a_countdown_then_the_reply(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Raw(429, {"error": {"message": "slow down"}}, headers={"Retry-After": "1"}))
    window = make_window()
    notices: list[str] = []
    window.controller.retry_notice.connect(notices.append)
    send(qtbot, window, "Hi")
    assert any("Rate limited (429): retrying (try 2 of 3) in 1 s" in n for n in notices)
    assert window.view.message_texts[-1] == "Hello from the test server."
    assert not window.banner.isVisible()


def test_429_exhausted_gives_a_clear_error(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(*[Raw(429, {"error": {"message": "quota exceeded"}}) for _ in range(3)])
    window = make_window()
    send(qtbot, window, "Hi")
    assert "Rate limited" in window.banner.title.text()
    assert "quota exceeded" in window.banner.message.text()
    assert window.banner.action_button.text() == "Retry"
    qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert window.view.message_texts == ["Hi", "Hello from the test server."]


def test_server_down_then_retry(qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI) -> None:
    server.enqueue(*[Raw(503, "<html><body>Service Unavailable</body></html>", "text/html")] * 3)
    window = make_window()
    send(qtbot, window, "Hi")
    assert "(503)" in window.banner.title.text()
    assert "Service Unavailable" in window.banner.message.text()
    assert window.prompt.toPlainText() == "Hi"


def test_broken_stream_keeps_partial_reply_marked_incomplete_then_retry(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(drop_after=2))
    window = make_window()
    send(qtbot, window, "Hi")
    assert window.view.message_texts == ["Hi", "Hello from"]
    assert "Incomplete" in window.view.toPlainText()
    assert "cut off" in window.banner.title.text()
    assert window.controller.conversation.messages[-1].status.value == "incomplete"
    qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert window.view.message_texts == ["Hi", "Hello from the test server."]
    assert "Incomplete" not in window.view.toPlainText()
    assert [m["role"] for m in server.chat_requests[1].body["messages"]] == ["user"]


def test_empty_200_reply_is_not_silence(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(empty_body=True))
    window = make_window()
    send(qtbot, window, "Hi")
    assert "empty reply" in window.banner.title.text()
    assert window.prompt.toPlainText() == "Hi"


def test_error_inside_stream_keeps_partial(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(
        Stream(chunks=["Partial"], extra_events=[json.dumps({"error": {"message": "overloaded"}})])
    )
    window = make_window()
    send(qtbot, window, "Hi")
    assert window.view.message_texts == ["Hi", "Partial"]
    assert "overloaded" in window.banner.message.text()


def test_new_conversation_clears_the_view(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    window = make_window()
    send(qtbot, window, "Hi")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.view.message_texts == []
    send(qtbot, window, "Fresh")
    assert len(server.chat_requests[1].body["messages"]) == 1


def test_ctrl_q_quits_with_status_0_and_geometry_is_remembered(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    from PySide6.QtCore import QTimer

    window = make_window()
    window.resize(640, 480)
    app = QApplication.instance()
    assert app is not None
    QTimer.singleShot(
        50, lambda: qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    )
    assert app.exec() == 0
    assert not window.isVisible()
    saved = json.loads((isolated_env / "settings.json").read_text())
    assert "window_geometry" in saved
    again = make_window()
    assert (again.width(), again.height()) == (640, 480)


def test_stop_before_the_first_word_gives_the_text_back(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(stall_after=0))
    window = make_window()
    send(qtbot, window, "Never mind", wait=False)
    qtbot.waitUntil(lambda: len(server.chat_requests) == 1)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.controller.busy
    assert window.view.message_texts == []
    assert window.prompt.toPlainText() == "Never mind"
    assert window.controller.conversation.messages == []


def test_version_flag_prints_the_version() -> None:
    import subprocess
    import sys

    from chatdesk import __version__

    out = subprocess.run(
        [sys.executable, "-m", "chatdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"chatdesk {__version__}"
