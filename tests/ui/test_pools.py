"""Closing a view never waits on its background work (a QThreadPool's destructor would)."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from chatdesk.ui.background import named_pool, run_in_background
from chatdesk.ui.conversation_view import ConversationView


def test_a_view_closed_while_its_work_is_stuck_goes_at_once(qtbot: QtBot) -> None:
    release = threading.Event()
    view = ConversationView()
    view.show()
    for name in ("highlighting", "typesetting"):
        run_in_background(lambda: release.wait(30), view.scroll_to_bottom, pool=named_pool(name))
    started = time.monotonic()
    view.deleteLater()
    qtbot.wait(50)
    took = time.monotonic() - started
    release.set()
    qtbot.wait(50)  # the late results find the view gone and are dropped quietly
    assert took < 5, f"closing the view waited {took:.1f} s on stuck background work"
