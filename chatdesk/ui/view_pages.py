"""Paging for the conversation view: what is built, and what waits as plain data.

A long conversation opens with only its latest page built; older messages wait here and
are built a page at a time as the user scrolls up (or jumps to one), and messages far
above the viewport go back to waiting, so what the view holds stays a few pages, whatever
the conversation's length. Every change keeps what the user reads where it is.

The view owns one ``Pages`` and keeps its message lists; this object holds only the
messages not built, and works on the view's lists and document.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTextEdit

from chatdesk.core.messages import MessageSnapshot
from chatdesk.ui.theme import tokens

if TYPE_CHECKING:
    from chatdesk.ui.conversation_view import ConversationView

#: Messages built when a conversation opens, and per page when scrolling up.
PAGE = 18
#: Built messages kept above the one at the top of the viewport. Older ones go back to
#: being plain data (built again when scrolled to): a laid-out message costs ~100 times
#: its text, so a conversation of 300 replies would otherwise hold ~70 MiB of layout.
KEEP_ABOVE = PAGE


class Pages:
    def __init__(self, view: ConversationView) -> None:
        self._view = view
        self.older: list[MessageSnapshot] = []
        """Messages above the built ones, oldest first, not built."""
        self.more_in_history = False
        """Older messages still in the history, not yet fetched."""

    def reset(self) -> None:
        self.older = []
        self.more_in_history = False

    def show(self, messages: list[MessageSnapshot], more_in_history: bool) -> None:
        """Replace the view with a conversation, building only its latest page."""
        view = self._view
        view.clear_conversation()
        self.more_in_history = more_in_history
        self.older = messages[:-PAGE] if len(messages) > PAGE else []
        for msg in messages[-PAGE:]:
            view.add_message(msg)
        view.scroll_to_bottom()

    def on_scroll(self, value: int) -> None:
        if value > 0:
            return
        if self.older:
            self.load_older()
        elif self.more_in_history:
            self.more_in_history = False
            self._view.older_wanted.emit()

    def add_older(self, messages: list[MessageSnapshot]) -> None:
        """Older messages fetched from the history; built a page at a time from here."""
        self.more_in_history = False
        self.older[:0] = messages
        if self._view.verticalScrollBar().value() <= 0:
            self.load_older()

    def load_older(self, count: int = PAGE) -> None:
        """Build the next page of older messages above the current ones, keeping the view still."""
        if not self.older:
            return
        view = self._view
        page, self.older = self.older[-count:], self.older[:-count]
        bar = view.verticalScrollBar()
        before_max, before_value = bar.maximum(), bar.value()
        cursor = QtGui.QTextCursor(view.document())
        cursor.setPosition(0)
        frames = []
        for msg in page:
            frames.append(view._build(cursor, msg))
            cursor = frames[-1].lastCursorPosition()
            cursor.movePosition(QtGui.QTextCursor.MoveOperation.NextCharacter)
        view._frames[:0] = frames
        view._uids[:0] = [m.uid for m in page]
        view._shown[:0] = page
        bar.setValue(before_value + bar.maximum() - before_max)

    def jump_to(self, uid: str) -> bool:
        """Scroll to a message (building older pages if needed) and highlight it."""
        view = self._view
        while uid not in view._uids and self.older:
            self.load_older()
        if uid not in view._uids:
            return False
        frame = view._frames[view._uids.index(uid)]
        cursor = QtGui.QTextCursor(view.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QtGui.QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = cursor
        highlight.format.setBackground(QtGui.QColor(tokens().jump_highlight))
        view.setExtraSelections([highlight])
        start = QtGui.QTextCursor(view.document())
        start.setPosition(frame.firstPosition())
        view.setTextCursor(start)
        view.ensureCursorVisible()
        return True

    def unbuild_far_above(self) -> None:
        """Turn messages far above the viewport back into data, keeping the view still.

        Scrolling up builds them again (``load_older``), so what a user can reach is the
        same; what the view holds stays a few pages, whatever the conversation's length."""
        view = self._view
        if len(view._frames) <= KEEP_ABOVE + PAGE or view._stream is not None:
            return
        top = view.cursorForPosition(QPoint(0, 0)).position()
        first_shown = bisect_left([frame.lastPosition() for frame in view._frames], top)
        cut = min(first_shown - KEEP_ABOVE, len(view._frames) - PAGE)
        if cut <= 0:
            return
        bar = view.verticalScrollBar()
        before_max, before_value = bar.maximum(), bar.value()
        anchored = view.anchor.anchored
        end = view._frames[cut].firstPosition() - 1
        view.colours.forget_before(end)
        cursor = QtGui.QTextCursor(view.document())
        cursor.setPosition(0)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        gone = view._shown[:cut]
        del view._frames[:cut], view._uids[:cut], view._shown[:cut]
        self.older.extend(gone)
        uids = {msg.uid for msg in gone}
        for key in [key for key in view._codes if key.partition("/")[0] in uids]:
            del view._codes[key]
        if anchored:
            view.anchor.follow()
        else:
            bar.setValue(before_value - (before_max - bar.maximum()))
