"""Garbage is collected on the UI thread only: a Qt object in a reference cycle is never
destroyed by a request thread (that deadlocked the window)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from chatdesk.ui import collector


class _Cyclic(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # only the collector can free it


def test_a_cycle_holding_a_qt_object_is_freed_on_the_ui_thread(qtbot: QtBot) -> None:
    assert collector.install() is not None
    assert not gc.isenabled()
    freed_on: list[int] = []
    obj = _Cyclic()
    weakref.finalize(obj, lambda: freed_on.append(threading.get_ident()))
    del obj

    def churn() -> None:  # a request thread allocating, as urllib3 does
        junk = []
        for _ in range(20_000):
            pair: list[object] = []
            pair.append(pair)
            junk.append(pair)
            if len(junk) > 100:
                junk.clear()

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()
    assert freed_on == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.main_thread().ident]


def test_a_check_collects_the_generations_that_filled_up(qtbot: QtBot) -> None:
    installed = collector.install()
    assert installed is not None
    gc.collect()
    assert installed.check() == -1  # nothing allocated since: nothing to do
    made = [[] for _ in range(gc.get_threshold()[0] + 10)]  # the youngest generation fills
    assert installed.check() == 0 and len(made) > 0
