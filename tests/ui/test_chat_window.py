"""The main window as a user drives it: type, Enter, watch the reply, Esc, errors."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from chatdesk.ui.background import requests_pool
from devkit.fake_server import FakeOpenAI, Raw, Stream
from tests.ui.conftest import KEY, MakeWindow, send, startup_save_landed


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
    run = window.controller.run
    assert run is not None and run.request is not None
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    # The UI is free at once, and the reading thread ends without waiting for the server.
    assert not window.controller.busy
    assert requests_pool().waitForDone(1000), "the request is still blocked on the silent server"
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
    startup_save_landed(qtbot, isolated_env)  # or it could write over the geometry
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


# -- issue 9: streams, usage, saving, keys and prices ---------------------------------------


def stored(window: object, uid: str) -> object:
    """The conversation as the history file holds it (read through a second connection)."""
    from chatdesk.services.paths import app_paths
    from chatdesk.services.storage import DB_NAME, HistoryStore

    assert window.library.runner.wait_idle()  # type: ignore[attr-defined]
    store = HistoryStore(app_paths().data_dir / DB_NAME)
    store.open()
    try:
        return store.load_conversation(uid)
    finally:
        store.close()


def test_an_emoji_split_across_two_events_is_shown_saved_and_reopened(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=["Smile ", "\ud83d", "\ude00", "!"], escape_unicode=True))
    window = make_window()
    send(qtbot, window, "Smile please")
    assert window.view.message_texts[-1] == "Smile \U0001f600!"
    conv = stored(window, window.controller.conversation.uid)
    reply = conv.messages[-1]  # type: ignore[attr-defined]
    assert (reply.content, reply.status.value) == ("Smile \U0001f600!", "complete")
    assert not window.banner.isVisible()


def test_a_failed_save_is_shown_and_the_reply_kept_then_saved_again(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    import sqlite3

    from chatdesk.services.paths import app_paths
    from chatdesk.services.storage import DB_NAME

    window = make_window()
    send(qtbot, window, "First")
    uid = window.controller.conversation.uid
    # A real SQLite failure on every update of a message (the disk-full / locked family).
    db = sqlite3.connect(app_paths().data_dir / DB_NAME)
    db.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON messages "
        "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"
    )
    db.commit()
    server.enqueue(Stream(chunks=["Keep ", "me"]))
    send(qtbot, window, "Second")
    qtbot.waitUntil(window.banner.isVisible)
    assert "simulated write failure" in window.banner.message.text()
    assert "Nothing is lost" in window.banner.message.text()
    assert window.controller.conversation.messages[-1].content == "Keep me"
    assert not window.controller.busy
    # Leaving and reopening the conversation still shows the unsaved reply.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.library.open_conversation(uid)
    qtbot.waitUntil(lambda: window.controller.conversation.uid == uid)
    assert window.view.message_texts[-1] == "Keep me"
    # Once the history accepts writes again, the next message saves the kept reply too.
    db.execute("DROP TRIGGER refuse")
    db.commit()
    db.close()
    send(qtbot, window, "Third")
    contents = [m.content for m in stored(window, uid).messages]  # type: ignore[attr-defined]
    assert contents[:4] == ["First", "Hello from the test server.", "Second", "Keep me"]


def test_absurd_usage_counts_never_leave_the_window_busy(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    huge = {"prompt_tokens": 10**400, "completion_tokens": 2**63}
    server.enqueue(Stream(usage=huge), Stream(usage={"prompt_tokens": float("inf")}))
    window = make_window(settings={"prices": {"test-model": [1, 2]}})
    send(qtbot, window, "Count this")
    send(qtbot, window, "And this")
    assert not window.controller.busy and window.send_button.isEnabled()
    assert not window.banner.isVisible()
    total = window.controller.conversation.total_usage
    assert total.estimated and total.total_tokens < 1000  # estimated, not absurd
    assert "~" in window.usage_label.text()
    conv = stored(window, window.controller.conversation.uid)
    assert [m.status.value for m in conv.messages] == ["complete"] * 4  # type: ignore[attr-defined]


def test_a_line_over_the_size_cap_ends_the_reply_with_a_clear_error(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=["x" * (5 * 1024 * 1024)]))
    window = make_window()
    send(qtbot, window, "Flood me")
    assert window.banner.isVisible()
    assert "longer than 4 MiB" in window.banner.message.text()
    assert window.prompt.toPlainText() == "Flood me"


def test_error_null_in_an_ordinary_chunk_is_not_an_error(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    more = {"choices": [{"index": 0, "delta": {"content": " More."}}], "error": None}
    server.enqueue(Stream(chunks=["Fine."], extra_events=[json.dumps(more)]))
    window = make_window()
    send(qtbot, window, "Hi")
    assert window.view.message_texts[-1] == "Fine. More."
    assert not window.banner.isVisible()


def test_the_environment_key_goes_only_to_its_own_server(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, monkeypatch: object
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "fake-env-key")  # type: ignore[attr-defined]
    # A server marked as needing no key, and one whose keyring entry is empty: no env key.
    window = make_window(key=None, settings={"keyless_servers": [server.base_url]})
    send(qtbot, window, "Hi")
    assert "Authorization" not in server.chat_requests[-1].headers
    window = make_window(key=None, settings={"keyring_servers": [server.base_url]})
    send(qtbot, window, "Hi")
    assert "Authorization" not in server.chat_requests[-1].headers
    # The server OPENAI_BASE_URL names is the one the key belongs to.
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)  # type: ignore[attr-defined]
    window = make_window(key=None, settings={})
    send(qtbot, window, "Hi")
    assert server.chat_requests[-1].headers["Authorization"] == "Bearer fake-env-key"


def test_stopped_and_cut_off_replies_add_nothing_to_the_total(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(stall_after=2), Stream(drop_after=2))
    window = make_window()
    send(qtbot, window, "Stop me", wait=False)
    qtbot.waitUntil(lambda: window.view.message_texts[-1:] == ["Hello from"])
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.controller.conversation.total_usage.total_tokens == 0
    send(qtbot, window, "Cut me")
    assert window.controller.conversation.messages[-1].status.value == "incomplete"
    assert window.controller.conversation.total_usage.total_tokens == 0
    assert "Conversation: 0 tokens billed" in window.usage_label.text()
    send(qtbot, window, "Whole")
    assert window.controller.conversation.total_usage.total_tokens == 17
    conv = stored(window, window.controller.conversation.uid)
    assert conv.total_usage.total_tokens == 17  # type: ignore[attr-defined]


def test_a_placeholder_model_becomes_the_servers_only_model_and_costs_nothing(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.models = ["llama-3.2-1b"]
    window = make_window(settings={"model": "gpt-4o-mini"})
    send(qtbot, window, "Hi")
    assert server.chat_requests[-1].body["model"] == "llama-3.2-1b"
    assert window.controller.settings.active.model == "llama-3.2-1b"
    assert window.controller.conversation.messages[-1].model == "llama-3.2-1b"
    assert "$" not in window.usage_label.text()
    send(qtbot, window, "Again")  # checked once per profile and session
    assert len([r for r in server.requests if r.path.endswith("/models")]) == 1


def test_a_placeholder_model_on_a_server_with_several_asks_for_a_choice(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.models = ["qwen-7b", "llama-3.2-1b"]
    window = make_window(settings={"model": "gpt-4o-mini"})
    send(qtbot, window, "Hi")
    assert server.chat_requests == []
    assert window.banner.isVisible()
    assert "llama-3.2-1b, qwen-7b" in window.banner.message.text()
    assert "Model box" in window.banner.message.text()
    assert window.prompt.toPlainText() == "Hi"


def test_an_openai_price_is_not_applied_to_a_local_server(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.models = ["gpt-4o-mini"]  # a local server that answers to an OpenAI name
    window = make_window(settings={"model": "gpt-4o-mini"})
    send(qtbot, window, "Hi")
    assert "17 tokens" in window.usage_label.text()
    assert "$" not in window.usage_label.text()


def test_totals_say_what_was_billed_and_how_long_the_conversation_is(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    import re

    from chatdesk.ui.sidebar import DETAIL_ROLE

    window = make_window()
    send(qtbot, window, "Hi there")
    label = window.usage_label.text()
    assert "Conversation: 17 tokens billed" in label
    first = int(re.search(r"next request ~(\d+) tokens", label).group(1))  # type: ignore[union-attr]
    server.enqueue(Stream(chunks=["word " * 400]))
    send(qtbot, window, "More")
    label = window.usage_label.text()
    second = int(re.search(r"next request ~([\d,]+) tokens", label).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert second > first + 400  # the long reply is now part of what the next request sends
    rows = window.sidebar.conversation_rows
    qtbot.waitUntil(lambda: len(rows()) == 1)
    qtbot.waitUntil(lambda: "34 tokens billed" in rows()[0].data(0, DETAIL_ROLE))
    # The sidebar's "now" is the status bar's next request, after the long reply too.
    qtbot.waitUntil(lambda: f"~{second:,} now" in rows()[0].data(0, DETAIL_ROLE), timeout=3000)
