"""Tools in the real window on Xvfb, driven by the keyboard, with a real MCP server.

``mcp-server-time`` (from PyPI) runs over stdio; the loopback model server asks for its
``get_current_time`` tool. The approval dialog appears; Enter allows the call and the
tool's real result goes back to the model; Esc denies it; Stop during a round ends the
turn; closing the window leaves no server process behind.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Role
from chatdesk.core.tools import CallState, function_name
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.tool_approval import ToolApproval
from devkit.fake_server import FakeOpenAI, Stream
from tests.ui.conftest import MakeWindow, send

TIME_SERVER = str(Path(sys.executable).parent / "mcp-server-time")
MCP = {"mcpServers": {"time": {"command": TIME_SERVER, "args": ["--local-timezone", "UTC"]}}}


def _asks_for_the_time() -> Stream:
    call = {
        "index": 0,
        "id": "call_time",
        "function": {
            "name": function_name("time", "get_current_time"),
            "arguments": '{"timezone": "Asia/Tokyo"}',
        },
    }
    return Stream(chunks=["Let me check. "], tool_calls=[call], finish_reason="tool_calls")


def _ready(qtbot: QtBot, window: object) -> None:
    tools = window.tools  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(t.server == "time" for t in tools.tools()), timeout=30000)


def _dialog() -> ToolApproval | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ToolApproval)]
    return next((w for w in found if w.isVisible()), None)


def _children() -> set[int]:
    me = str(os.getpid())
    out = set()
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:
                out.add(int(pid))
    return out


def test_enter_allows_the_call_and_the_real_result_reaches_the_model(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(_asks_for_the_time(), Stream(chunks=["It is evening in Tokyo."]))
    window = make_window(mcp=MCP)
    _ready(qtbot, window)
    button = window.tools_button
    assert button is not None
    # The hub's tools are readable at once; the label follows when its event arrives.
    qtbot.waitUntil(lambda: "Tools (2/2)" in button.text(), timeout=5000)
    send(qtbot, window, "What time is it in Tokyo?", wait=False)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10000)
    dialog = _dialog()
    assert dialog is not None
    assert "Asia/Tokyo" in dialog.arguments.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Allow once
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    second = server.chat_requests[1].body
    tool_message = second["messages"][-1]
    assert tool_message["role"] == "tool" and tool_message["tool_call_id"] == "call_time"
    assert json.loads(tool_message["content"])["timezone"] == "Asia/Tokyo"  # the real tool ran
    roles = [m.role for m in window.controller.conversation.messages]
    assert roles == [Role.USER, Role.ASSISTANT, Role.TOOL, Role.ASSISTANT]
    text = window.view.toPlainText()
    assert "⚙ time · get_current_time · done" in text and "It is evening in Tokyo." in text
    # Said once, when the turn ends: the step that asked for the tool did not finish it.
    said = [t for t, _ in window.access.announcer.said if t.startswith("Reply finished")]
    assert said == ["Reply finished: It is evening in Tokyo."]


def test_esc_denies_and_the_model_is_told(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    server.enqueue(_asks_for_the_time(), Stream(chunks=["Understood."]))
    window = make_window(mcp=MCP)
    _ready(qtbot, window)
    send(qtbot, window, "Time?", wait=False)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10000)
    qtbot.keyClick(_dialog(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    tool_message = server.chat_requests[1].body["messages"][-1]
    assert "declined" in tool_message["content"]
    run = window.controller.conversation.messages[2].tool_run
    assert run is not None and run.state is CallState.DENIED


def test_stop_while_asked_ends_the_turn_and_quitting_leaves_no_server(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    before = _children()
    server.enqueue(_asks_for_the_time())
    window = make_window(mcp=MCP)
    _ready(qtbot, window)
    assert _children() - before  # the time server runs as our child
    send(qtbot, window, "Time?", wait=False)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10000)
    window.controller.stop()
    assert not window.controller.busy
    qtbot.waitUntil(lambda: _dialog() is None, timeout=2000)  # the question went away
    run = window.controller.conversation.messages[-1].tool_run
    assert run is not None and run.state is CallState.CANCELLED
    window.close()
    window.tools.shutdown()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not (_children() - before), timeout=10000)


TEST_SERVER = str(Path(__file__).resolve().parents[2] / "devkit" / "mcp_test_server.py")
DEVKIT = {"mcpServers": {"kit": {"command": sys.executable, "args": [TEST_SERVER]}}}


def _calls(tool: str, arguments: dict[str, object]) -> Stream:
    call = {
        "index": 0,
        "id": f"call_{tool}",
        "function": {"name": function_name("kit", tool), "arguments": json.dumps(arguments)},
    }
    return Stream(chunks=[], tool_calls=[call], finish_reason="tool_calls")


def _visible(kind: type) -> object | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_sampling_is_asked_shown_and_sent_with_the_conversations_model(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from chatdesk.ui.sampling import SamplingDialog

    server.enqueue(
        _calls("summarize", {"text": "a very long text"}),
        Stream(chunks=["A short summary."]),  # the sampling request, sent by chatdesk
        Stream(chunks=["Done."]),
    )
    window = make_window(mcp=DEVKIT)
    qtbot.waitUntil(lambda: any(t.server == "kit" for t in window.tools.tools()), timeout=30000)  # type: ignore[union-attr]
    send(qtbot, window, "Summarize it", wait=False)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10000)
    qtbot.keyClick(_dialog(), Qt.Key.Key_Return)  # allow the tool call
    qtbot.waitUntil(lambda: _visible(SamplingDialog) is not None, timeout=10000)
    sampling = _visible(SamplingDialog)
    assert isinstance(sampling, SamplingDialog)
    shown = sampling.findChild(QPlainTextEdit)
    assert shown is not None and "a very long text" in shown.toPlainText()
    # The server's own instructions and limits are sent too: the user sees them.
    assert shown.toPlainText().startswith("[system] Summarize in one line.")
    assert sampling.limits.text() == "It may write up to 64 tokens."
    qtbot.keyClick(sampling, Qt.Key.Key_Return)  # allow the model to be used
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    asked = server.chat_requests[1].body
    assert asked["messages"][0] == {"role": "system", "content": "Summarize in one line."}
    assert asked["max_tokens"] == 64 and asked["model"] == "test-model"
    result = server.chat_requests[2].body["messages"][-1]["content"]
    assert result == "model test-model said: A short summary."

    # A temperature the server asks for is shown as it is sent (and Esc declines).
    from concurrent.futures import Future

    from chatdesk.services.mcp.api import SamplingMessage, SamplingRequest
    from chatdesk.ui import sampling as sampling_module

    asked_hot = SamplingRequest((SamplingMessage("user", "Hi"),), 9000, temperature=0.2)
    answer: Future[object] = Future()
    sampling_module.ask(window.controller, "kit", asked_hot, answer)
    hot = _visible(SamplingDialog)
    assert isinstance(hot, SamplingDialog)
    assert hot.limits.text() == "It may write up to 4,096 tokens, at temperature 0.2."
    qtbot.keyClick(hot, Qt.Key.Key_Escape)
    assert answer.result(timeout=5) is None


def test_an_elicitation_form_answers_the_server(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from PySide6.QtWidgets import QLineEdit, QSpinBox

    from chatdesk.ui.elicitation import ElicitationDialog

    server.enqueue(_calls("ask", {"question": "Who are you?"}), Stream(chunks=["Hi Ada."]))
    window = make_window(mcp=DEVKIT)
    qtbot.waitUntil(lambda: any(t.server == "kit" for t in window.tools.tools()), timeout=30000)  # type: ignore[union-attr]
    send(qtbot, window, "Greet me", wait=False)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10000)
    qtbot.keyClick(_dialog(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _visible(ElicitationDialog) is not None, timeout=10000)
    form = _visible(ElicitationDialog)
    assert isinstance(form, ElicitationDialog)
    name = form.findChild(QLineEdit)
    age = form.findChild(QSpinBox)
    assert name is not None and age is not None
    name.setText("Ada")
    age.setValue(36)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    assert server.chat_requests[1].body["messages"][-1]["content"] == "hello Ada, 36"


def test_esc_during_a_slow_tool_cancels_it_on_the_server_and_ends_the_turn(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, tmp_path: Path
) -> None:
    log = tmp_path / "mcp.log"
    kit = {
        "command": sys.executable,
        "args": [TEST_SERVER],
        "env": {"MCP_TEST_LOG": str(log)},
        "alwaysAllow": ["slow"],  # no question: the call starts at once
    }
    server.enqueue(_calls("slow", {"seconds": 30}))
    window = make_window(mcp={"mcpServers": {"kit": kit}})
    qtbot.waitUntil(lambda: any(t.server == "kit" for t in window.tools.tools()), timeout=30000)  # type: ignore[union-attr]
    send(qtbot, window, "Take your time", wait=False)
    qtbot.waitUntil(lambda: log.exists() and "slow started" in log.read_text(), timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.controller.busy  # the turn ended at once
    run = window.controller.conversation.messages[-1].tool_run
    assert run is not None and run.state is CallState.CANCELLED
    qtbot.waitUntil(lambda: "slow cancelled" in log.read_text(), timeout=10000)  # on the server


def test_a_tools_progress_shows_in_its_row_until_the_result_comes(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    kit = {"command": sys.executable, "args": [TEST_SERVER], "alwaysAllow": ["progress"]}
    server.enqueue(_calls("progress", {"steps": 8, "delay": 0.4}), Stream(chunks=["Done."]))
    window = make_window(mcp={"mcpServers": {"kit": kit}})
    qtbot.waitUntil(lambda: any(t.server == "kit" for t in window.tools.tools()), timeout=30000)  # type: ignore[union-attr]
    send(qtbot, window, "Work on it", wait=False)

    def row() -> str:
        lines = window.view.toPlainText().splitlines()
        return next((x for x in lines if x.startswith("⚙ kit · progress  {")), "")

    qtbot.waitUntil(lambda: "running…" in row(), timeout=10000)  # before any report
    qtbot.waitUntil(lambda: "▸ " in row(), timeout=10000)
    assert "/8 step " in row(), row()  # "3/8 step 3 of 8", in the call's own row
    assert " · running…  ▸ " in row(), row()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    qtbot.waitUntil(lambda: "▸" not in row(), timeout=2000)
    assert "running…" not in row(), row()
    assert "⚙ kit · progress · done" in window.view.toPlainText()


def test_each_tool_step_says_what_it_cost_and_the_status_bar_totals_the_turn(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from dataclasses import replace

    kit = {"command": sys.executable, "args": [TEST_SERVER], "alwaysAllow": ["echo"]}
    step = replace(
        _calls("echo", {"text": "hi"}), usage={"prompt_tokens": 100, "completion_tokens": 20}
    )
    final = Stream(chunks=["Done."], usage={"prompt_tokens": 300, "completion_tokens": 40})
    server.enqueue(step, final)
    # $10 and $20 a million tokens: step 1 costs $0.0014, the turn $0.0052.
    window = make_window(
        mcp={"mcpServers": {"kit": kit}}, settings={"prices": {"test-model": [10, 20]}}
    )
    qtbot.waitUntil(lambda: any(t.server == "kit" for t in window.tools.tools()), timeout=30000)  # type: ignore[union-attr]
    said: list[str] = []
    window.controller.progress_text.connect(said.append)
    send(qtbot, window, "Echo it", wait=False)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    figures = "100 prompt + 20 completion = 120 tokens ($0.0014)"
    assert f"Step 1 ({figures}): 1 tool call…" in said, said
    total = "400 prompt + 60 completion = 460 tokens ($0.0052)"
    assert f"Last reply ({total}, 2 steps)" in window.usage_label.text()
    assert window.controller.conversation.total_usage.total_tokens == 460


def test_the_step_limit_from_settings_stops_a_model_that_keeps_calling_tools(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from tests.ui.conftest import opened_settings

    kit = {"command": sys.executable, "args": [TEST_SERVER], "alwaysAllow": ["echo"]}
    server.default = _calls("echo", {"text": "again"})  # every reply asks for the tool
    window = make_window(mcp={"mcpServers": {"kit": kit}})
    qtbot.waitUntil(lambda: any(t.server == "kit" for t in window.tools.tools()), timeout=30000)  # type: ignore[union-attr]
    dialog = opened_settings(qtbot, window)
    dialog.tool_steps.setValue(3)
    dialog.buttons.buttons()[0].click()  # Save
    said: list[str] = []
    window.controller.progress_text.connect(said.append)
    send(qtbot, window, "Loop", wait=False)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    assert len(server.chat_requests) == 3
    assert [s.split(" (")[0] for s in said if s.startswith("Step ")] == ["Step 1", "Step 2"]
    assert "3 steps · stopped after 3 steps (the limit in Settings)" in said[-1], said


class _Browser(QObject):
    """Qt's own URL-handler hook standing in for the system browser: it records what
    ``QDesktopServices.openUrl`` was given."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def _login(qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI, url: str) -> MainWindow:
    kit = {"command": sys.executable, "args": [TEST_SERVER], "alwaysAllow": ["login"]}
    server.enqueue(_calls("login", {"url": url}), Stream(chunks=["Thanks."]))
    window = make_window(mcp={"mcpServers": {"kit": kit}})
    qtbot.waitUntil(lambda: any(t.server == "kit" for t in window.tools.tools()), timeout=30000)  # type: ignore[union-attr]
    send(qtbot, window, "Sign me in", wait=False)
    return window


def test_a_server_asking_to_open_a_page_shows_it_whole_and_the_user_decides(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from PySide6.QtGui import QDesktopServices

    from chatdesk.ui.elicitation import UrlConsent

    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        url = "https://auth.example.com/sign-in?session=42"
        window = _login(qtbot, make_window, server, url)
        qtbot.waitUntil(lambda: _visible(UrlConsent) is not None, timeout=10000)
        dialog = _visible(UrlConsent)
        assert isinstance(dialog, UrlConsent)
        assert dialog.address.text() == url and "auth.example.com" in dialog.where.text()
        assert not browser.opened  # nothing opens until the user says so
        qtbot.waitUntil(dialog.isActiveWindow)  # a mnemonic is a shortcut: it needs focus
        qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
        assert browser.opened == [url]
        assert server.chat_requests[1].body["messages"][-1]["content"] == "user chose accept"
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_enter_declines_a_page_and_an_address_that_is_not_a_web_page_is_never_shown(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    from chatdesk.ui.elicitation import UrlConsent

    window = _login(qtbot, make_window, server, "https://auth.example.com/")
    qtbot.waitUntil(lambda: _visible(UrlConsent) is not None, timeout=10000)
    qtbot.keyClick(_visible(UrlConsent), Qt.Key.Key_Return)  # the default: Decline
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    assert server.chat_requests[1].body["messages"][-1]["content"] == "user chose decline"
    window.close()

    hostile = _login(qtbot, make_window, server, "file:///etc/passwd")
    qtbot.waitUntil(lambda: not hostile.controller.busy, timeout=20000)
    assert server.chat_requests[-1].body["messages"][-1]["content"] == "user chose decline"
    assert _visible(UrlConsent) is None


def test_a_look_alike_host_is_shown_as_what_opens_and_odd_addresses_are_declined(
    qtbot: QtBot,
) -> None:
    from concurrent.futures import Future

    from chatdesk.ui.elicitation import UrlConsent, ask_url

    # "аррӏе.com" in Cyrillic letters looks like apple.com: the dialog names its ASCII form.
    dialog = UrlConsent("kit", "Sign in.", "https://\u0430\u0440\u0440\u04cf\u0435.com/login")
    qtbot.addWidget(dialog)
    assert "xn--" in dialog.where.text() and dialog.address.text().isascii()
    assert "\u0430" not in dialog.where.text() + dialog.address.text()
    for odd in ("https://good.com\\.evil.com/", "https://evil.com:99999/"):
        answer: Future[object] = Future()
        ask_url("kit", "Sign in.", odd, answer)
        assert answer.result(timeout=1) is False, odd  # declined, never shown
        assert _visible(UrlConsent) is None
