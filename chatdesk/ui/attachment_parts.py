"""The attachment tray's parts: the files added together, what the tray knows about some
of its files, and one file's chip."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QPushButton

from chatdesk.core.attachments import MAX_ATTACHMENTS, Attachment
from chatdesk.core.i18n import tr
from chatdesk.ui.document_jobs import Job, Outcome

T = TypeVar("T")


class Batch:
    """Files added together: handled in their order, and their problems reported together,
    once all of them are done."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.jobs: list[Job] = []
        self.outcomes: list[tuple[Job, Outcome | None]] = []


class Kept(Generic[T]):
    """What the tray knows about some of its files (a document's pages, a text file's
    bytes), by the attachment itself, not its value: two equal files are two chips.
    Forgotten once a file leaves the tray, except with the message being sent, until the
    next one goes: should it fail, they come back to the tray with what was known."""

    def __init__(self, pending: list[Attachment]) -> None:
        """``pending``: the tray's files."""
        self._pending = pending
        self._by_id: dict[int, tuple[Attachment, T]] = {}
        self._sent: dict[int, tuple[Attachment, T]] = {}

    def put(self, attachment: Attachment, value: T) -> None:
        self._by_id[id(attachment)] = (attachment, value)

    def get(self, attachment: Attachment) -> T | None:
        found = self._by_id.get(id(attachment))
        return found[1] if found is not None and found[0] is attachment else None

    def keep(self) -> None:
        """Forget the files that are no longer in the tray."""
        self._by_id = {id(a): self._by_id[id(a)] for a in self._pending if self.get(a) is not None}

    def sent(self, attachments: tuple[Attachment, ...]) -> None:
        """These left the tray with a message (any sent before are forgotten)."""
        self._sent = {id(a): self._by_id[id(a)] for a in attachments if self.get(a) is not None}

    def returned(self, attachments: tuple[Attachment, ...]) -> None:
        """These came back from a message that could not be sent."""
        for attachment in attachments:
            found = self._sent.pop(id(attachment), None)
            if found is not None and found[0] is attachment:
                self._by_id[id(attachment)] = found


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


def joined(problems: list[str]) -> str:
    """Problems (sentences) as one: "a; b" (each one's full stop dropped)."""
    separator = tr("; ", "joins problems with attached files into one sentence")
    return separator.join(p.rstrip(".。") for p in problems)


def too_many(name: str) -> str:
    text = tr("{file}: at most %Ln file(s) go with one message", "", MAX_ATTACHMENTS)
    return text.format(file=name)
