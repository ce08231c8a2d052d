"""A server's question (a form, a web page to open) whose request is cancelled on the MCP
thread closes on the UI thread, whichever dialog it is, and answers nothing."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from chatdesk.ui.elicitation import ElicitationDialog, UrlConsent, ask, ask_url


def _open(kind: type[QDialog]) -> QDialog | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
        None,
    )


@pytest.mark.parametrize("kind", [ElicitationDialog, UrlConsent])
def test_a_cancelled_request_closes_its_dialog(qtbot: QtBot, kind: type[QDialog]) -> None:
    future: Future[Any] = Future()
    if kind is ElicitationDialog:
        schema = {"type": "object", "properties": {"city": {"type": "string"}}}
        ask("weather", "Which city?", schema, future)
    else:
        ask_url("login", "Sign in, please", "https://auth.example.com/", future)
    qtbot.waitUntil(lambda: _open(kind) is not None, timeout=5000)
    on_ui = threading.get_ident()
    closed_on: list[int] = []
    dialog = _open(kind)
    assert dialog is not None
    dialog.finished.connect(lambda _: closed_on.append(threading.get_ident()))
    worker = threading.Thread(target=future.cancel)  # as the MCP thread does
    worker.start()
    worker.join(5)
    qtbot.waitUntil(lambda: _open(kind) is None, timeout=5000)
    assert closed_on == [on_ui]
    assert future.cancelled()
