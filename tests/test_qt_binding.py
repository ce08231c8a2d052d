"""Guards against Qt-binding bugs that would crash chatdesk, not just misbehave."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signals_do_not_leak_references_to_true() -> None:
    """PySide6 6.12.0 decrements True's refcount per emission and aborts Python at exit."""
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.flag.connect(lambda value: seen.append(value))
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.flag.emit(True)
    seen.clear()
    assert sys.getrefcount(True) - before >= 0
