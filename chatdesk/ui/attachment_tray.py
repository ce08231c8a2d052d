"""Files waiting to go with the next message: a row of removable chips above the prompt.

Files are read off the UI thread and checked by ``core.attachments``; what cannot be
attached is reported through ``problem`` (the window shows it in its banner).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from chatdesk.core.attachments import (
    MAX_ATTACHMENTS,
    MAX_IMAGE_BYTES,
    Attachment,
    InvalidAttachment,
    make_attachment,
)
from chatdesk.ui.background import run_in_background

FILE_FILTER = (
    "Images and text (*.png *.jpg *.jpeg *.gif *.webp *.txt *.md *.py *.json *.csv *.js *.ts "
    "*.html *.css *.c *.h *.cpp *.java *.go *.rs *.sh *.yaml *.yml *.toml);;All files (*)"
)


class AttachmentTray(QWidget):
    problem = Signal(str)  # why files could not be attached

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.pending: list[Attachment] = []
        self.hide()

    def pick_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, "Attach files", "", FILE_FILTER)
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str]) -> None:
        """Read the files off the UI thread, check them, and add them."""

        def read() -> list[tuple[str, bytes | str]]:
            out: list[tuple[str, bytes | str]] = []
            for path in map(Path, paths):
                try:
                    if path.stat().st_size > MAX_IMAGE_BYTES:
                        out.append((path.name, f"{path.name} is too large to attach"))
                    else:
                        out.append((path.name, path.read_bytes()))
                except OSError as exc:
                    out.append((path.name, f"{path.name} could not be read: {exc.strerror}"))
            return out

        run_in_background(read, self._add_files)

    def _add_files(self, files: list[tuple[str, bytes | str]]) -> None:
        problems = [
            data if isinstance(data, str) else self._add(name, data) for name, data in files
        ]
        self._report([p for p in problems if p])

    def add(self, name: str, data: bytes) -> None:
        """One file's bytes (a pasted image, say)."""
        self._report([p for p in [self._add(name, data)] if p])

    def _add(self, name: str, data: bytes) -> str:
        """Adds the file; returns why not, or ""."""
        if len(self.pending) >= MAX_ATTACHMENTS:
            return f"{name}: at most {MAX_ATTACHMENTS} files go with one message"
        try:
            self.pending.append(make_attachment(name, data))
        except InvalidAttachment as exc:
            return str(exc)
        self._show()
        return ""

    def _report(self, problems: list[str]) -> None:
        if problems:
            self.problem.emit("; ".join(problems) + ".")

    def add_pasted_image(self, png: bytes) -> None:
        self.add(f"pasted image {len(self.pending) + 1}.png", png)

    def restore(self, attachments: tuple[Attachment, ...]) -> None:
        """Put back files whose message could not be sent, before any added since."""
        self.pending[:0] = list(attachments)
        self._show()

    def take(self) -> tuple[Attachment, ...]:
        """The files for the message being sent; the tray empties."""
        taken = tuple(self.pending)
        self.pending.clear()
        self._show()
        return taken

    def _show(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, attachment in enumerate(self.pending):
            chip = QPushButton(f"{attachment.name}  ✕")
            chip.setObjectName("attachmentChip")
            chip.setToolTip(f"Remove {attachment.name}")
            chip.clicked.connect(lambda _=False, i=index: self._remove(i))
            self._layout.insertWidget(index, chip)
        self.setVisible(bool(self.pending))

    def _remove(self, index: int) -> None:
        if 0 <= index < len(self.pending):
            del self.pending[index]
            self._show()
