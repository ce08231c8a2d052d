"""The prompt box: Enter sends, Shift+Enter starts a new line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

if TYPE_CHECKING:  # naming QKeyEvent at import would load its enums (~2 ms) before the window
    from PySide6.QtGui import QKeyEvent


class PromptEdit(QPlainTextEdit):
    submitted = Signal()
    files_dropped = Signal(list)  # local file paths dropped or pasted
    image_pasted = Signal(bytes)  # PNG bytes of an image pasted from the clipboard
    recall_requested = Signal()  # Up in an empty prompt: edit the last message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt")
        self.setPlaceholderText("Message…  (Enter to send, Shift+Enter for a new line)")
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        qt = QtCore.Qt  # looked up here, not at import: see main_window's note on start-up
        if event.key() in (qt.Key.Key_Return, qt.Key.Key_Enter):
            if event.modifiers() & qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        if event.key() == qt.Key.Key_Up and not self.toPlainText():
            self.recall_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QtCore.QMimeData) -> bool:  # noqa: N802 - Qt override
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QtCore.QMimeData) -> None:  # noqa: N802 - Qt override
        """Files dropped or pasted become attachments; a pasted image too; text stays text.

        They go to the tray, which lets them be sent only once it has shown them."""
        paths = (
            [u.toLocalFile() for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
        )
        if paths:
            self.files_dropped.emit(paths)
            return
        if source.hasImage():
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice

            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            source.imageData().save(buffer, "PNG")
            self.image_pasted.emit(bytes(data.data()))
            return
        super().insertFromMimeData(source)

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            self.insertFromMimeData(event.mimeData())
            event.acceptProposedAction()
            return
        super().dropEvent(event)

    def restore(self, text: str) -> None:
        """Give back text that could not be sent, without losing anything typed since."""
        current = self.toPlainText()
        self.setPlainText(f"{text}\n\n{current}" if current.strip() else text)
        self.moveCursor(self.textCursor().MoveOperation.End)
