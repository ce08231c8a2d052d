"""chatdesk as a person uses it: its own process, a real X display, a real keyring, a real
model. Driven with the keyboard through xdotool; checked from outside (the requests the
server saw, the keyring, the files, the history). Screenshots of each step are saved in
artifacts/e2e/.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import API_KEY
from tests.e2e.harness import ARTIFACTS, Desktop, RecordingProxy, desktop, stop, wait_for

pytestmark = pytest.mark.e2e

QUESTION = "Hello! Who are you?"
#: The small base model continues a number sequence for a long time: a reply to stop.
LONG = "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,"


def start_app(
    desk: Desktop, command: list[str], proxy: RecordingProxy, **extra: str
) -> subprocess.Popen[bytes]:
    config = desk.home / ".config" / "chatdesk"
    config.mkdir(parents=True, exist_ok=True)
    settings = config / "settings.json"
    if not settings.exists():  # a base model needs a stop sequence to end its turn
        settings.write_text(json.dumps({"model": "gemma3-270m", "stop": ["USER:"]}))
    env = {**desk.env, "OPENAI_BASE_URL": proxy.base_url, "QT_QPA_PLATFORM": "xcb", **extra}
    log = (desk.artifacts / "app.log").open("ab")
    return subprocess.Popen(command, env=env, stdout=log, stderr=log, cwd=str(desk.home))


def last_reply(desk: Desktop) -> tuple[str, str, str, int] | None:
    rows = [m for m in desk.messages() if m[0] == "assistant"]
    return rows[-1] if rows else None


def test_first_run_chat_stop_and_quit(
    model_server: RecordingProxy,
    app_command: list[str],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    proxy = model_server
    proxy.seen.clear()
    artifacts = ARTIFACTS / request.node.name.replace("/", "_")
    with desktop(tmp_path, artifacts) as desk:
        app = start_app(desk, app_command, proxy)
        try:
            # First start: the settings dialog asks for the key. A wrong one first.
            desk.window("chatdesk settings")
            desk.screenshot("first-run-asks-for-key")
            desk.type("fake-wrong-key")
            desk.key("Return")
            desk.main_window()
            desk.type(QUESTION)
            desk.key("Return")
            wait_for(lambda: proxy.chats(), 30, "the first request")
            time_to_settle = wait_for(
                lambda: desk.messages() == [] and len(proxy.chats()) >= 1, 30, "the 401 to settle"
            )
            assert time_to_settle
            assert proxy.chats()[0].headers["Authorization"] == "Bearer fake-wrong-key"
            desk.screenshot("wrong-key-rejected")

            # Fix the key in settings; the question came back to the prompt: Enter resends it.
            desk.key("ctrl+comma")
            desk.window("chatdesk settings")
            desk.key("ctrl+a")
            desk.type(API_KEY)
            desk.key("Return")
            desk.main_window()
            desk.key("Return")
            reply = wait_for(
                lambda: (r := last_reply(desk)) and r[2] == "complete" and r,
                180,
                "a complete reply from the model",
            )
            desk.screenshot("reply-arrived")
            sent = proxy.chats()[-1]
            assert sent.headers["Authorization"] == f"Bearer {API_KEY}"
            assert sent.body["messages"] == [{"role": "user", "content": QUESTION}]
            assert sent.body["stream"] is True and sent.body["stop"] == ["USER:"]
            assert reply[3] == 1  # the server sends no usage in streams: chatdesk estimated it

            # A long reply (a fresh conversation: the model continues the sequence for
            # half a minute), stopped with Esc while it streams.
            desk.key("ctrl+n")
            desk.type(LONG)
            desk.key("Return")
            wait_for(
                lambda: (r := last_reply(desk)) and r[2] == "streaming" and r[1],
                120,
                "the long reply to start streaming",
            )
            desk.screenshot("streaming")
            desk.key("Escape")
            stopped = wait_for(
                lambda: (r := last_reply(desk)) and r[2] == "stopped" and r, 15, "the stop"
            )
            assert stopped[1].strip()
            desk.screenshot("stopped")

            desk.key("ctrl+q")
            assert app.wait(20) == 0
        finally:
            stop(app)

        # From outside: the key is in the keyring, and in no file.
        assert desk.keyring_get("chatdesk", proxy.base_url) == API_KEY
        leaks = [
            p for p in desk.home.rglob("*")
            if p.is_file() and API_KEY.encode() in p.read_bytes()
        ]  # fmt: skip
        assert leaks == []
        export = subprocess.run(
            [*app_command, "export"], env=desk.env, capture_output=True, text=True, timeout=60
        )
        assert export.returncode == 0, export.stderr
        assert QUESTION in export.stdout and "Stopped" not in export.stdout.split(QUESTION)[0]


def test_too_long_conversation_gets_a_clear_error_and_the_app_keeps_working(
    model_server: RecordingProxy,
    app_command: list[str],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    proxy = model_server
    artifacts = ARTIFACTS / request.node.name.replace("/", "_")
    with desktop(tmp_path, artifacts) as desk:
        # Import (with the real command line) a conversation longer than the 2,048-token context.
        long_text = " ".join(f"zebra{i}" for i in range(3000))
        doc = {
            "format": "chatdesk",
            "version": 1,
            "conversations": [
                {"uid": "long-one", "title": "Too long", "messages": [
                    {"role": "user", "content": long_text},
                    {"role": "assistant", "content": "Noted."},
                ]}
            ],
        }  # fmt: skip
        path = tmp_path / "long.json"
        path.write_text(json.dumps(doc))
        imported = subprocess.run(
            [*app_command, "import", str(path)], env=desk.env, capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
        assert imported.returncode == 0, imported.stderr
        app = start_app(desk, app_command, proxy, OPENAI_API_KEY=API_KEY)
        try:
            desk.main_window()
            # Find it with search (Ctrl+K), open it with Enter, and ask to go on.
            desk.key("ctrl+k")
            desk.type("zebra2999")
            desk.screenshot("search")
            desk.key("Return")
            # Opening it moves the focus to the prompt, then notes it as the one open.
            wait_for(lambda: desk.state("last_conversation") == "long-one", 30, "it to open")
            desk.type("Go on")
            before = len(proxy.chats())
            desk.key("Return")
            wait_for(lambda: len(proxy.chats()) > before, 30, "the long request")
            sent = proxy.chats()[-1].body["messages"]
            assert [m["content"] for m in sent] == [long_text, "Noted.", "Go on"]
            # llama.cpp answers a too-long prompt with an empty 200: chatdesk says so (a
            # banner) and takes the turn back, so nothing half-done is stored.
            wait_for(lambda: proxy.chats()[-1].answered, 120, "the empty reply")
            wait_for(
                lambda: [m[1] for m in desk.messages()] == [long_text, "Noted."],
                20,
                "the turn to be taken back",
            )
            assert app.poll() is None, "the app stays up"
            desk.screenshot("empty-reply-error")

            # The app keeps working: a new conversation gets a normal reply. ("Go on" was
            # handed back to the prompt box; select it to type over it.)
            desk.key("ctrl+n", "ctrl+a")
            desk.type("Quick question")
            desk.key("Return")
            wait_for(
                lambda: (r := last_reply(desk)) and r[2] == "complete" and r[1] != "Noted.",
                180,
                "a normal reply",
            )
            desk.screenshot("normal-reply")
            desk.key("ctrl+q")
            assert app.wait(20) == 0
        finally:
            stop(app)
        # The long conversation is still intact, untouched by the new one.
        texts = [m[1] for m in desk.messages()]
        assert long_text in texts and "Quick question" in texts
