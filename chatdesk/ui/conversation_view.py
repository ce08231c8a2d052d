"""The conversation pane: one framed block per message, appended to, never rebuilt.

Streaming text is inserted at the end of the last frame, so a repaint costs what
changed, not the whole conversation. A long conversation opens with only its latest
messages built; older ones are added in pages as the user scrolls up (or jumps to
one), so opening costs the same at 50 messages or 5,000. Text-format classes are
reached through ``QtGui.`` when first used, keeping their set-up out of start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

_STATUS_NOTES = {
    "stopped": "■ Stopped",
    "incomplete": "⚠ Incomplete: the reply was cut off",
    "error": "⚠ Failed",
}

#: Messages built when a conversation opens, and per page when scrolling up.
PAGE = 60


@dataclass(frozen=True)
class Shown:
    """What the view needs of a message; a copy, never the controller's object."""

    uid: str
    role: str
    text: str
    status: str = "complete"


class ConversationView(QTextBrowser):
    older_wanted = Signal()  # scrolled to the top and older messages are still in the history

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setOpenExternalLinks(True)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(12)
        self._frames: list[QtGui.QTextFrame] = []
        self._uids: list[str] = []
        self._texts: list[str] = []
        self._older: list[Shown] = []
        self._more_in_history = False
        self.verticalScrollBar().valueChanged.connect(self._maybe_load_older)

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

    # -- reading ---------------------------------------------------------------------

    @property
    def message_texts(self) -> list[str]:
        """The text of each built message, in order (what a user can read and select)."""
        return list(self._texts)

    @property
    def built_count(self) -> int:
        return len(self._frames)

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _scroll_if(self, follow: bool) -> None:
        if follow:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    # -- building ------------------------------------------------------------------------

    def _build(self, cursor: QtGui.QTextCursor, msg: Shown) -> QtGui.QTextFrame:
        frame = cursor.insertFrame(self._frame_format(msg.role))
        cursor.insertText(
            "You" if msg.role == "user" else "Assistant", self._label_format(msg.role)
        )
        cursor.insertBlock()
        cursor.insertText(msg.text, QtGui.QTextCharFormat())
        note = _STATUS_NOTES.get(msg.status)
        if note:
            cursor.insertBlock()
            cursor.insertText(note, self._note_format())
        return frame

    def add_message(self, role: str, text: str, uid: str = "", status: str = "complete") -> None:
        follow = self._at_bottom()
        cursor = QtGui.QTextCursor(self.document())
        cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
        self._frames.append(self._build(cursor, Shown(uid, role, text, status)))
        self._uids.append(uid)
        self._texts.append(text)
        self._scroll_if(follow)

    def show_conversation(self, messages: list[Shown], more_in_history: bool = False) -> None:
        """Replace the view with a conversation, building only its latest page."""
        self.clear_conversation()
        self._more_in_history = more_in_history
        self._older = messages[:-PAGE] if len(messages) > PAGE else []
        for msg in messages[-PAGE:]:
            self.add_message(msg.role, msg.text, msg.uid, msg.status)
        self._scroll_if(True)

    def _maybe_load_older(self, value: int) -> None:
        if value > 0:
            return
        if self._older:
            self.load_older()
        elif self._more_in_history:
            self._more_in_history = False
            self.older_wanted.emit()

    def add_older(self, messages: list[Shown]) -> None:
        """Older messages fetched from the history; built a page at a time from here."""
        self._more_in_history = False
        self._older[:0] = messages
        if self.verticalScrollBar().value() <= 0:
            self.load_older()

    def load_older(self, count: int = PAGE) -> None:
        """Build the next page of older messages above the current ones, keeping the view still."""
        if not self._older:
            return
        page, self._older = self._older[-count:], self._older[:-count]
        bar = self.verticalScrollBar()
        before_max, before_value = bar.maximum(), bar.value()
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(0)
        frames = []
        for msg in page:
            frames.append(self._build(cursor, msg))
            cursor = frames[-1].lastCursorPosition()
            cursor.movePosition(QtGui.QTextCursor.MoveOperation.NextCharacter)
        self._frames[:0] = frames
        self._uids[:0] = [m.uid for m in page]
        self._texts[:0] = [m.text for m in page]
        bar.setValue(before_value + bar.maximum() - before_max)

    def jump_to(self, uid: str) -> bool:
        """Scroll to a message (building older pages if needed) and highlight it."""
        while uid not in self._uids and self._older:
            self.load_older()
        if uid not in self._uids:
            return False
        frame = self._frames[self._uids.index(uid)]
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QtGui.QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = cursor
        highlight.format.setBackground(QtGui.QColor("#fff3a0"))
        self.setExtraSelections([highlight])
        start = QtGui.QTextCursor(self.document())
        start.setPosition(frame.firstPosition())
        self.setTextCursor(start)
        self.ensureCursorVisible()
        return True

    def start_reply(self, uid: str = "") -> None:
        self.add_message("assistant", "", uid)

    def append_to_reply(self, text: str) -> None:
        if not self._frames:
            return
        follow = self._at_bottom()
        self._frames[-1].lastCursorPosition().insertText(text, QtGui.QTextCharFormat())
        self._texts[-1] += text
        self._scroll_if(follow)

    def end_reply(self, status: str) -> None:
        note = _STATUS_NOTES.get(status)
        if note and self._frames:
            cursor = self._frames[-1].lastCursorPosition()
            cursor.insertBlock()
            cursor.insertText(note, self._note_format())

    def remove_last_message(self) -> None:
        if not self._frames:
            return
        frame = self._frames.pop()
        self._uids.pop()
        self._texts.pop()
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition() - 1)
        cursor.movePosition(
            QtGui.QTextCursor.MoveOperation.End, QtGui.QTextCursor.MoveMode.KeepAnchor
        )
        cursor.removeSelectedText()

    def clear_conversation(self) -> None:
        self.clear()
        self.setExtraSelections([])
        self._frames.clear()
        self._uids.clear()
        self._texts.clear()
        self._older = []
        self._more_in_history = False
