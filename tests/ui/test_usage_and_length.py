"""Totals that say what they are: the sidebar's billed tokens beside the conversation's
current length, and the Usage dialog priced per server like the status bar (real SQLite,
the real window, the loopback server)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.usage import Usage
from chatdesk.services.storage import DB_NAME, HistoryStore
from chatdesk.ui.changes import Changes
from chatdesk.ui.sidebar import DETAIL_ROLE
from devkit.fake_server import Stream
from tests.ui.conftest import FakeOpenAI, MakeWindow, send

DAY = 1_700_000_000.0  # a day long past: seeded rows never merge with today's
OPENAI = "https://api.openai.com/v1"


def seed(home: Path, *conversations: Conversation) -> None:
    store = HistoryStore(home / DB_NAME)
    store.open()
    for conv in conversations:
        store.save_conversation(conv)
        for msg in conv.messages:
            store.add_message(conv.uid, msg, conv.updated)
    store.close()


def conversation(title: str, profile: str, *replies: tuple[str, Usage]) -> Conversation:
    conv = Conversation(title=title, created=DAY, updated=DAY, profile=profile)
    for model, usage in replies:
        conv.add(Message(Role.USER, "question", created=DAY))
        conv.add(Message(Role.ASSISTANT, "answer", usage=usage, model=model, created=DAY))
    return conv


def test_the_sidebar_shows_tokens_billed_beside_the_length_now(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path
) -> None:
    title = '<img src="file:///dev/zero"> & <b>bold</b>'
    measured = conversation(title, "", ("m", Usage(1200, 34)))
    measured.length_tokens = 3400
    unmeasured = conversation("Before schema 8", "", ("m", Usage(12_000_000, 345_678)))
    unmeasured.updated = DAY - 60
    seed(isolated_env, measured, unmeasured)
    window = make_window()
    qtbot.waitUntil(lambda: len(window.sidebar.conversation_rows()) == 2)
    first, second = window.sidebar.conversation_rows()
    assert first.text(0) == title  # the title stays text: never markup
    assert first.data(0, DETAIL_ROLE).endswith("· 2 msgs\u20281,234 tokens billed · ~3,400 now")
    tip = first.toolTip(0)
    assert "&lt;img" in tip and "<img" not in tip
    assert "1,234 tokens billed" in tip and "~3,400 tokens now" in tip
    assert second.data(0, DETAIL_ROLE).endswith("· 2 msgs\u202812.3M tokens billed")  # not measured
    assert "now" not in second.toolTip(0)


def test_usage_is_grouped_and_priced_per_server(
    qtbot: QtBot, make_window: MakeWindow, isolated_env: Path, server: FakeOpenAI
) -> None:
    million = Usage(1_000_000, 1_000_000)
    seed(
        isolated_env,
        conversation("at OpenAI", "openai", ("gpt-4o", million)),
        conversation("at home", "local", ("gpt-4o", million)),
        conversation("gone", "deleted", ("gpt-4o", million), ("my-model", million)),
    )
    local = "Local <b>llama</b>"
    home = {"id": "local", "name": local, "key_id": server.base_url, "base_url": server.base_url}
    window = make_window(
        settings={
            "model": "gpt-4o",
            "prices": {"my-model": [1.0, 2.0]},
            "active_profile": "local",
            "profiles": [
                {"id": "openai", "name": "OpenAI", "key_id": OPENAI, "base_url": OPENAI},
                home | {"model": "gpt-4o"},
            ],
        }
    )
    send(qtbot, window, "Price me")  # today's reply, on the local server
    assert "$" not in window.usage_label.text()  # the status bar: a local server is free
    window.dialogs.open_usage()
    table = window.dialogs.usage_dialog.table
    qtbot.waitUntil(lambda: table.rowCount() == 5)

    def row(r: int) -> tuple[str, ...]:
        return tuple(table.item(r, c).text() for c in (1, 7, 2, 5, 6))  # model, server, …

    rows = [row(r) for r in range(table.rowCount())]
    assert rows[0] == ("gpt-4o", local, "1", "17", "—")  # today, sent just now
    assert sorted(rows[1:]) == [
        ("gpt-4o", "(deleted server)", "1", "2,000,000", "—"),  # no URL: no default
        ("gpt-4o", local, "1", "2,000,000", "—"),  # the same model, free at home
        ("gpt-4o", "OpenAI", "1", "2,000,000", "$12.50"),  # $2.50 + $10.00 per million
        ("my-model", "(deleted server)", "1", "2,000,000", "$3.00"),  # the user's own price
    ]
    openai_row = next(r for r in range(5) if table.item(r, 7).text() == "OpenAI")
    assert OPENAI in table.item(openai_row, 7).toolTip()
    window.dialogs.usage_dialog.close()


def test_the_status_bar_and_send_stop_follow_a_turn_through_one_changed_signal(
    qtbot: QtBot, make_window: MakeWindow, server: FakeOpenAI
) -> None:
    """Send, Stop and the usage line are refreshed from the controller's state each time
    it says what changed: while the reply streams Send is off and Stop on, and when it
    ends they swap back and the line shows the reply's usage."""
    window = make_window()
    c = window.controller
    seen: list[tuple[Changes, bool, bool, str]] = []
    c.changed.connect(
        lambda changes: seen.append(
            (
                changes,
                window.send_button.isEnabled(),
                window.stop_button.isEnabled(),
                window.usage_label.text(),
            )
        )
    )
    server.enqueue(Stream(delay=0.05))
    window.prompt.setFocus()
    qtbot.keyClicks(window.prompt, "Count me")
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.busy)
    assert not window.send_button.isEnabled() and window.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not c.busy, timeout=10000)
    busy = [(s, st) for changes, s, st, _ in seen if Changes.BUSY in changes]
    assert busy == [(False, True), (True, False)]  # the turn starts, then ends
    usage = [text for changes, _, _, text in seen if Changes.USAGE in changes]
    assert usage and "11 prompt + 6 completion = 17 tokens" in usage[-1]
    assert window.usage_label.text() == c.usage_line
    assert window.send_button.isEnabled() and not window.stop_button.isEnabled()
    assert window.prompt.hasFocus()  # back to the prompt when the turn ends
