"""The conversation pane: one framed block per message, appended to, never rebuilt.

Streaming text is inserted at the end of the last frame, so a repaint costs
what changed, not the whole conversation. Text-format classes are reached through
``QtGui.`` when first used, keeping their set-up out of start-up.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtWidgets import QTextBrowser, QWidget

_STATUS_NOTES = {
    "stopped": "■ Stopped",
    "incomplete": "⚠ Incomplete: the reply was cut off",
    "error": "⚠ Failed",
}


class ConversationView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setOpenExternalLinks(True)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(12)
        self._starts: list[int] = []
        self._frame_end: QtGui.QTextCursor | None = None
        self._streaming = False
        self._texts: list[str] = []

    # -- formats ---------------------------------------------------------------

    def _is_dark(self) -> bool:
        return self.palette().color(QtGui.QPalette.ColorRole.Base).lightness() < 128

    def _frame_format(self, role: str) -> QtGui.QTextFrameFormat:
        fmt = QtGui.QTextFrameFormat()
        fmt.setPadding(10)
        fmt.setBorder(0)
        fmt.setTopMargin(6)
        fmt.setBottomMargin(6)
        dark = self._is_dark()
        if role == "user":
            fmt.setBackground(QtGui.QColor("#1f3a5f" if dark else "#e3efff"))
            fmt.setLeftMargin(60)
        else:
            fmt.setBackground(QtGui.QColor("#2b2b2b" if dark else "#f4f4f4"))
            fmt.setRightMargin(60)
        return fmt

    def _label_format(self, role: str) -> QtGui.QTextCharFormat:
        fmt = QtGui.QTextCharFormat()
        fmt.setFontWeight(QtGui.QFont.Weight.Bold)
        fmt.setForeground(QtGui.QColor("#4d8fdc" if role == "user" else "#3c9a5f"))
        return fmt

    def _note_format(self) -> QtGui.QTextCharFormat:
        fmt = QtGui.QTextCharFormat()
        fmt.setFontItalic(True)
        fmt.setForeground(QtGui.QColor("#b06000"))
        return fmt

    # -- API used by the main window ------------------------------------------------

    @property
    def message_texts(self) -> list[str]:
        """The text of each shown message, in order (what a user can read and select)."""
        return list(self._texts)

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _scroll_if(self, follow: bool) -> None:
        if follow:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def add_message(self, role: str, text: str) -> None:
        follow = self._at_bottom()
        cursor = QtGui.QTextCursor(self.document())
        cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
        self._starts.append(cursor.position())
        frame = cursor.insertFrame(self._frame_format(role))
        cursor.insertText("You" if role == "user" else "Assistant", self._label_format(role))
        cursor.insertBlock()
        cursor.insertText(text, QtGui.QTextCharFormat())
        self._frame_end = frame.lastCursorPosition()
        self._texts.append(text)
        self._scroll_if(follow)

    def start_reply(self) -> None:
        self.add_message("assistant", "")
        self._streaming = True

    def append_to_reply(self, text: str) -> None:
        if self._frame_end is None or not self._texts:
            return
        follow = self._at_bottom()
        self._frame_end.insertText(text, QtGui.QTextCharFormat())
        self._texts[-1] += text
        self._scroll_if(follow)

    def end_reply(self, status: str) -> None:
        self._streaming = False
        note = _STATUS_NOTES.get(status)
        if note and self._frame_end is not None:
            self._frame_end.insertBlock()
            self._frame_end.insertText(note, self._note_format())

    def remove_last_message(self) -> None:
        if not self._starts:
            return
        start = self._starts.pop()
        self._texts.pop()
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(max(0, start - 1) if start else 0)
        cursor.movePosition(
            QtGui.QTextCursor.MoveOperation.End, QtGui.QTextCursor.MoveMode.KeepAnchor
        )
        cursor.removeSelectedText()
        self._frame_end = None
        if self._starts:
            frames = self.document().rootFrame().childFrames()
            if frames:
                self._frame_end = frames[-1].lastCursorPosition()

    def clear_conversation(self) -> None:
        self.clear()
        self._starts.clear()
        self._texts.clear()
        self._frame_end = None
