"""Build the real main window against the loopback test server."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.services.config import ConfigStore
from chatdesk.services.keystore import KeyStore
from chatdesk.services.paths import app_paths
from chatdesk.services.storage import DB_NAME, HistoryStore
from chatdesk.ui import sampling
from chatdesk.ui.controller import ChatController, ClientOptions
from chatdesk.ui.library import LibraryController
from chatdesk.ui.main_window import MainWindow
from chatdesk.ui.mcp_tools import McpTools
from chatdesk.ui.settings_dialog import SettingsDialog
from chatdesk.ui.storage_runner import StorageRunner
from chatdesk.ui.tool_approval import dialog_approver
from devkit.fake_server import FakeOpenAI
from tests.support.memory_keyring import MemoryKeyring

KEY = "fake-test-key-0123"
FAST = ClientOptions(connect_timeout=2.0, read_timeout=5.0, max_attempts=3, backoff_base=0.05)

MakeWindow = Callable[..., MainWindow]


def write_settings(home: Path, **values: object) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(json.dumps(values))


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qapp: object) -> None:
    """As the app does (``app.create_window``): garbage is collected on the UI thread only."""
    from chatdesk.ui import collector

    collector.install()


@pytest.fixture
def make_window(
    qtbot: QtBot, server: FakeOpenAI, isolated_env: Path, memory_keyring: MemoryKeyring
) -> Iterator[MakeWindow]:
    windows: list[MainWindow] = []

    def make(
        *,
        key: str | None = KEY,
        settings: dict[str, object] | None = None,
        mcp: dict[str, object] | None = None,
    ) -> MainWindow:
        """``mcp``: an mcp.json document; its servers are started and offered as tools."""
        if settings is not None or not (isolated_env / "settings.json").exists():
            write_settings(
                isolated_env,
                **({"base_url": server.base_url, "model": "test-model"} | (settings or {})),
            )
        if key is not None:
            memory_keyring.set_password("chatdesk", server.base_url, key)
        paths = app_paths()
        config = ConfigStore(paths.settings_file)
        runner = StorageRunner(paths.data_dir / DB_NAME)
        controller = ChatController(config, KeyStore(), FAST, history=runner)
        library = LibraryController(runner, controller)
        tools = None
        if mcp is not None:
            tools = McpTools(paths.config_dir / "mcp.json")
            tools.config_path.parent.mkdir(parents=True, exist_ok=True)
            tools.config_path.write_text(json.dumps(mcp))
            controller.tools = tools
        window = MainWindow(controller, config, paths, library, tools=tools)
        if tools is not None:
            controller.approve = dialog_approver(window)
            tools.sampler = partial(sampling.ask, controller)
            tools.start()
        qtbot.addWidget(window)
        window.show()
        # On a real X server shortcuts need the active window; offscreen fakes it.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.install_actions()
        controller.start()
        library.start()
        qtbot.waitUntil(lambda: controller.ready and library.available)
        # The key is looked up off the UI thread after the settings load (unless the
        # settings say the first request reads it); a missing key opens Settings then.
        servers = controller.servers
        qtbot.waitUntil(lambda: servers.key is not None or servers.settings.active.has_saved_key)
        # The last conversation is reopened by a read queued on the history's one thread:
        # a job queued after it ends after it, so the window holds what a user would see.
        behind: list[object] = []
        runner.submit(lambda _store: None, behind.append)
        qtbot.waitUntil(lambda: bool(behind))
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.controller.shutdown()
        if window.tools is not None:
            window.tools.shutdown()
        if window.library is not None:
            window.library.runner.close()


def startup_save_landed(qtbot: QtBot, home: Path) -> None:
    """Wait for start-up's note that the keyring holds the key (``make_window`` with a key)
    to reach settings.json: it is saved off the UI thread, and a test that replaces the
    file or quits meanwhile would have it written over."""
    settings_file = home / "settings.json"
    qtbot.waitUntil(lambda: '"has_saved_key": true' in settings_file.read_text(), timeout=5000)


def send(qtbot: QtBot, window: MainWindow, text: str, *, wait: bool = True) -> None:
    from PySide6.QtCore import Qt

    window.prompt.setFocus()
    qtbot.keyClicks(window.prompt, text)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    if wait:
        qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)


def opened_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    """Open Settings and wait for it: it shows once the key has been read from the
    keyring, which happens off the UI thread (at once only if it was read before)."""
    window.open_settings()
    qtbot.waitUntil(
        lambda: window.settings_dialog is not None and window.settings_dialog.isVisible(),
        timeout=5000,
    )
    dialog = window.settings_dialog
    assert dialog is not None
    return dialog


def stored_rows(uid: str) -> list[tuple[str, str]]:
    """A conversation's rows in the history file (role, status), read from outside."""
    db = sqlite3.connect(f"file:{app_paths().data_dir / DB_NAME}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT m.role, m.status FROM messages m JOIN conversations c"
            " ON m.conversation_id = c.id WHERE c.uid = ? ORDER BY m.id",
            (uid,),
        )
        return [(role, status) for role, status in rows]
    finally:
        db.close()


def seed_long_conversation(home: Path, count: int) -> list[Message]:
    """A stored conversation of ``count`` messages that reopens at start."""
    store = HistoryStore(home / DB_NAME)
    store.open()
    conv = Conversation(title="Long")
    store.save_conversation(conv)
    msgs = [
        Message(Role.USER if i % 2 == 0 else Role.ASSISTANT, f"message {i}") for i in range(count)
    ]
    for m in msgs:
        conv.add(m)  # links each message to the one before, as the app does
        store.add_message(conv.uid, m, 5.0)
    store.set_state("last_conversation", conv.uid)
    store.close()
    return msgs
