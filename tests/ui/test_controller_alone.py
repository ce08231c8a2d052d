"""The chat controller without a window: real HTTP to the loopback server, real SQLite.

The controller is given its history and settings and is driven through its public
methods only; what a window would show is read from its signals.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import MessageSnapshot, MessageStatus, Role
from chatdesk.services.config import ConfigStore
from chatdesk.services.keystore import KeyStore
from chatdesk.services.paths import app_paths
from chatdesk.services.storage import HistoryStore
from chatdesk.ui.controller import ChatController
from chatdesk.ui.storage_runner import StorageRunner
from devkit.fake_server import FakeOpenAI, Raw, Stream
from tests.support.memory_keyring import MemoryKeyring
from tests.ui.conftest import FAST, KEY, write_settings


@pytest.fixture
def chat(
    qtbot: QtBot, server: FakeOpenAI, isolated_env: Path, memory_keyring: MemoryKeyring
) -> Iterator[ChatController]:
    write_settings(isolated_env, base_url=server.base_url, model="test-model")
    memory_keyring.set_password("chatdesk", server.base_url, KEY)
    paths = app_paths()
    runner = StorageRunner(paths.history_file)
    runner.submit(lambda store: store.open())
    controller = ChatController(ConfigStore(paths.settings_file), KeyStore(), FAST, runner)
    controller.start()
    qtbot.waitUntil(lambda: controller.ready)
    yield controller
    controller.shutdown()
    runner.close()


def _stored(runner: StorageRunner, uid: str) -> list[tuple[Role, str, MessageStatus]]:
    runner.wait_idle()
    store = HistoryStore(runner.path)
    store.open()
    conv = store.load_conversation(uid)
    store.close()
    assert conv is not None
    return [(m.role, m.content, m.status) for m in conv.messages]


def test_a_turn_is_shown_saved_and_ended_once(qtbot: QtBot, chat: ChatController) -> None:
    added: list[MessageSnapshot] = []
    ends: list[MessageStatus] = []
    chat.message_added.connect(added.append)
    chat.reply_ended.connect(ends.append)
    with qtbot.waitSignal(chat.reply_ended, timeout=10000):
        assert chat.send("Hi there")
    qtbot.wait(100)
    assert [(s.role, s.text) for s in added] == [(Role.USER, "Hi there")]
    assert ends == [MessageStatus.COMPLETE]
    assert not chat.busy
    assert chat.history is not None
    assert _stored(chat.history, chat.conversation.uid) == [
        (Role.USER, "Hi there", MessageStatus.COMPLETE),
        (Role.ASSISTANT, "Hello from the test server.", MessageStatus.COMPLETE),
    ]


def test_regenerate_keeps_the_old_reply_as_a_version(
    qtbot: QtBot, chat: ChatController, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=["First answer."]), Stream(chunks=["Second answer."]))
    with qtbot.waitSignal(chat.reply_ended, timeout=10000):
        chat.send("Question")
    with qtbot.waitSignal(chat.conversation_loaded, timeout=10000):  # the ‹ 2/2 › reload
        assert chat.actions.regenerate()
    last = chat.conversation.messages[-1]
    assert last.content == "Second answer."
    assert chat.conversation.branches[last.uid] == (2, 2)


def test_a_failure_before_any_text_gives_the_question_back(
    qtbot: QtBot, chat: ChatController, server: FakeOpenAI
) -> None:
    server.enqueue(Raw(status=401, body={"error": {"message": "bad key"}}))
    returned: list[str] = []
    errors: list[object] = []
    chat.prompt_returned.connect(returned.append)
    chat.error_raised.connect(errors.append)
    with qtbot.waitSignal(chat.reply_ended, timeout=10000):
        chat.send("Lost?")
    qtbot.waitUntil(lambda: bool(errors))
    assert returned == ["Lost?"]
    assert chat.conversation.messages == []
    assert chat.history is not None
    assert _stored(chat.history, chat.conversation.uid) == []


def test_the_client_factory_is_injected_and_gets_the_profile_and_its_key(
    qtbot: QtBot, server: FakeOpenAI, isolated_env: Path, memory_keyring: MemoryKeyring
) -> None:
    """The seam for tests and other transports: every request's client comes from the
    factory given, made for the active profile with that profile's key (and no other)."""
    from chatdesk.core.settings import Profile
    from chatdesk.services.http.options import ClientOptions
    from chatdesk.services.http_client import ChatClient

    write_settings(isolated_env, base_url=server.base_url, model="test-model")
    memory_keyring.set_password("chatdesk", server.base_url, KEY)
    made: list[tuple[str, str]] = []

    def make(profile: Profile, key: str, options: ClientOptions, password: object) -> ChatClient:
        made.append((profile.base_url, key))
        return ChatClient.for_profile(profile, key, options)

    paths = app_paths()
    runner = StorageRunner(paths.history_file)
    runner.submit(lambda store: store.open())
    chat = ChatController(ConfigStore(paths.settings_file), KeyStore(), FAST, runner, make)
    chat.start()
    try:
        qtbot.waitUntil(lambda: chat.ready)
        with qtbot.waitSignal(chat.reply_ended, timeout=10000):
            assert chat.send("Through the factory")
        assert made == [(server.base_url, KEY)]
        assert server.chat_requests[-1].headers["Authorization"] == f"Bearer {KEY}"
        assert chat.conversation.messages[-1].content == "Hello from the test server."
    finally:
        chat.shutdown()
        runner.close()
