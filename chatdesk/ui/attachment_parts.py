"""The attachment tray's parts: the files added together, and one file's chip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QPushButton

from chatdesk.ui.document_jobs import Job, Outcome


class Batch:
    """Files added together: handled in their order, and their problems reported together,
    once all of them are done."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.jobs: list[Job] = []
        self.outcomes: list[tuple[Job, Outcome | None]] = []


class Chip(QPushButton):
    """One attached file's name and ✕; tells the tray when it has been painted."""

    def __init__(self, text: str, on_painted: Callable[[], None]) -> None:
        super().__init__(text)
        self.painted = False
        self._on_painted = on_painted

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self._on_painted()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        pressed = QKeySequence(event.keyCombination())
        if pressed in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
            self.customContextMenuRequested.emit(QPoint(0, self.height()))
            return
        super().keyPressEvent(event)
