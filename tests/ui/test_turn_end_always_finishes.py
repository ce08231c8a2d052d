"""A turn always ends: when the bookkeeping after a reply fails (usage, totals, the
conversation's length), the reply is still saved and the window leaves its busy state.

Absurd usage values once raised there, before the final save: the reply stayed
"streaming", the window busy for good. Here our own accounting is made to raise.
"""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from chatdesk.core.ledger import Ledger
from chatdesk.services.paths import app_paths
from chatdesk.services.storage import DB_NAME
from devkit.fake_server import FakeOpenAI, Stream
from tests.ui.conftest import MakeWindow, send


def _stored_replies() -> list[tuple[str, str]]:
    """Every assistant row in the history file (content, status), read from outside."""
    db = sqlite3.connect(f"file:{app_paths().data_dir / DB_NAME}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT content, status FROM messages WHERE role = 'assistant'")
        return [(content, status) for content, status in rows]
    finally:
        db.close()


def _broken(*_args: object, **_kwargs: object) -> object:
    raise OverflowError("cannot convert float infinity to integer")


@pytest.mark.parametrize("step", ["record", "status_line", "length"])
def test_a_failing_bookkeeping_step_still_saves_the_reply_and_ends_busy(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    server.enqueue(Stream(chunks=["Kept ", "after ", "all."]), Stream(chunks=["Next one."]))
    window = make_window()
    monkeypatch.setattr(Ledger, step, _broken)
    send(qtbot, window, "Hi", wait=False)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    assert window.send_button.isEnabled() and not window.stop_button.isEnabled()
    qtbot.waitUntil(lambda: _stored_replies() == [("Kept after all.", "complete")], timeout=5000)
    assert window.view.message_texts == ["Hi", "Kept after all."]
    # The window takes the next question as usual.
    send(qtbot, window, "Again")
    qtbot.waitUntil(lambda: len(_stored_replies()) == 2, timeout=5000)
    assert _stored_replies()[1] == ("Next one.", "complete")
