"""Files waiting to go with the next message: a row of removable chips above the prompt.

Files are read off the UI thread (``services.files``: regular files only, bounded) and
checked by ``core.attachments``; what cannot be attached is reported through ``problem``
(the window shows it in its banner).

Nothing goes that the user has not seen: files pasted or dropped into the prompt (a web
page can put ``file://`` URLs on the clipboard) may be sent only once their chips have
been on screen for ``SEEN_AFTER_S``, and no file may be sent while files are being read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from chatdesk.core.attachments import (
    MAX_ATTACHMENTS,
    Attachment,
    InvalidAttachment,
    make_attachment,
)
from chatdesk.services.files import read_attachment
from chatdesk.ui.background import run_in_background
from chatdesk.ui.plain_text import button_text, rich_escaped

SEEN_AFTER_S = 0.5
"""How long pasted files must have been on screen before they may be sent: longer than a
person takes to notice a new chip and stop (~0.25 s), short enough not to be in the way."""

FILE_FILTER = (
    "Images and text (*.png *.jpg *.jpeg *.gif *.webp *.txt *.md *.py *.json *.csv *.js *.ts "
    "*.html *.css *.c *.h *.cpp *.java *.go *.rs *.sh *.yaml *.yml *.toml);;All files (*)"
)


class _Chip(QPushButton):
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


class AttachmentTray(QWidget):
    problem = Signal(str)  # why files could not be attached

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.pending: list[Attachment] = []
        self._chips: list[_Chip] = []
        self._reading = 0
        self._pasted_unseen = False
        self._painted_at: float | None = None
        self.hide()

    def pick_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, "Attach files", "", FILE_FILTER)
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str], *, pasted: bool = False) -> None:
        """Read the files off the UI thread, check them, and add them."""

        def read() -> list[tuple[str, bytes | str]]:
            out: list[tuple[str, bytes | str]] = []
            for path in map(Path, paths):
                try:
                    out.append((path.name, read_attachment(path)))
                except InvalidAttachment as exc:
                    out.append((path.name, str(exc)))
                except OSError as exc:
                    out.append((path.name, f"{path.name} could not be read: {exc.strerror}"))
            return out

        def failed(error: Exception) -> None:
            self._add_files(pasted, [("", f"The files could not be read: {error}")])

        self._reading += 1
        run_in_background(read, lambda files: self._add_files(pasted, files), failed)

    def attach_pasted(self, paths: list[str]) -> None:
        """Files pasted or dropped into the prompt: sent only after the tray has shown them."""
        self.attach_paths(paths, pasted=True)

    def _add_files(self, pasted: bool, files: list[tuple[str, bytes | str]]) -> None:
        self._reading -= 1
        problems = [
            data if isinstance(data, str) else self._add(name, data, pasted=pasted)
            for name, data in files
        ]
        self._report([p for p in problems if p])

    def add(self, name: str, data: bytes, *, pasted: bool = False) -> None:
        """One file's bytes (a pasted image, say)."""
        self._report([p for p in [self._add(name, data, pasted=pasted)] if p])

    def _add(self, name: str, data: bytes, *, pasted: bool) -> str:
        """Adds the file; returns why not, or ""."""
        if len(self.pending) >= MAX_ATTACHMENTS:
            return f"{name}: at most {MAX_ATTACHMENTS} files go with one message"
        try:
            self.pending.append(make_attachment(name, data))
        except InvalidAttachment as exc:
            return str(exc)
        if pasted:
            self._pasted_unseen = True
            self._painted_at = None  # the clock starts when the new chip is on screen
        self._show()
        return ""

    def not_ready(self) -> str:
        """Why the files cannot go yet (still being read, or pasted and not yet seen), or ""."""
        if self._reading:
            return "Still reading the attached files; send again in a moment."
        if self._pasted_unseen:
            painted = self._painted_at
            if painted is None or time.monotonic() - painted < SEEN_AFTER_S:
                return (
                    "Files were just pasted or dropped: check them in the tray above the "
                    "prompt (✕ removes one), then send again."
                )
        return ""

    def _chip_painted(self) -> None:
        fresh = self._pasted_unseen and self._painted_at is None
        if fresh and all(chip.painted for chip in self._chips):
            self._painted_at = time.monotonic()

    def _report(self, problems: list[str]) -> None:
        if problems:
            self.problem.emit("; ".join(problems) + ".")

    def add_pasted_image(self, png: bytes) -> None:
        self.add(f"pasted image {len(self.pending) + 1}.png", png, pasted=True)

    def restore(self, attachments: tuple[Attachment, ...]) -> None:
        """Put back files whose message could not be sent, before any added since."""
        self.pending[:0] = list(attachments)
        self._show()

    def take(self) -> tuple[Attachment, ...]:
        """The files for the message being sent; the tray empties."""
        taken = tuple(self.pending)
        self.pending.clear()
        self._pasted_unseen = False
        self._show()
        return taken

    def _show(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._chips = []
        for index, attachment in enumerate(self.pending):
            chip = _Chip(f"{button_text(attachment.name)}  ✕", self._chip_painted)
            chip.setObjectName("attachmentChip")
            chip.setToolTip(rich_escaped(f"Remove {attachment.name}"))
            chip.clicked.connect(lambda _=False, i=index: self._remove(i))
            self._layout.insertWidget(index, chip)
            self._chips.append(chip)
        self.setVisible(bool(self.pending))

    def _remove(self, index: int) -> None:
        if 0 <= index < len(self.pending):
            del self.pending[index]
            self._show()
