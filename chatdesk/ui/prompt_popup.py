"""The "/" popup: commands and saved prompts matching what follows the "/", above the prompt.

A child of the window laid over it, not a window of its own: the keyboard focus stays in the
prompt box, which forwards Up, Down, Enter, Tab and Esc here (``PromptEdit``). Names and
texts come from the user's files or an import, so rows are plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from chatdesk.core.i18n import tr
from chatdesk.core.prompts import Entry, EntryKind
from chatdesk.ui.a11y_announce import say_current_row
from chatdesk.ui.theme import style

MAX_ROWS = 50
"""Rows built per keystroke; more matches are reached by typing more."""
VISIBLE_ROWS = 8
MAX_WIDTH = 560


def row_text(entry: Entry) -> str:
    detail = " ".join(entry.detail.split())
    if len(detail) > 90:
        detail = detail[:89] + "…"
    name = f"/{entry.name}" if entry.kind is EntryKind.COMMAND else entry.name
    return f"{name}   —   {detail}" if detail else name


class PromptPopup(QListWidget):
    chosen = Signal(object)  # Entry clicked with the mouse

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setObjectName("promptPopup")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        style(
            self,
            lambda p: (
                f"#promptPopup {{ border: 1px solid {p.border}; }}"
                " #promptPopup::item { padding: 2px 6px; }"
            ),
        )
        self._entries: list[Entry] = []
        self.itemClicked.connect(self._clicked)
        self.hide()

    @property
    def entries(self) -> list[Entry]:
        """The entries shown, in order."""
        return list(self._entries)

    def show_entries(self, entries: list[Entry], anchor: QWidget) -> None:
        """Show ``entries`` (the best first, selected) just above ``anchor``."""
        self.setUpdatesEnabled(False)
        self.clear()
        self._entries = entries[:MAX_ROWS]
        for entry in self._entries:
            self.addItem(QListWidgetItem(row_text(entry)))
        if not self._entries:
            empty = QListWidgetItem(tr("No prompt or command matches (Esc to close)"))
            from PySide6.QtCore import Qt

            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
        else:
            self.setCurrentRow(0)
        self.setUpdatesEnabled(True)
        self._place(anchor)
        self.show()
        self.raise_()

    def _place(self, anchor: QWidget) -> None:
        parent = self.parentWidget()
        assert parent is not None
        rows = min(max(self.count(), 1), VISIBLE_ROWS)
        height = rows * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth() + 2
        width = min(anchor.width(), MAX_WIDTH)
        top_left = anchor.mapTo(parent, QPoint(0, 0))
        y = top_left.y() - height - 2
        if y < 0:  # no room above: below the prompt's first line
            y = top_left.y() + anchor.fontMetrics().height() + 8
        self.setGeometry(top_left.x(), y, width, height)

    def step(self, delta: int) -> None:
        """Move the selection by ``delta`` rows, wrapping around."""
        if self._entries:
            self.setCurrentRow((self.currentRow() + delta) % len(self._entries))
            say_current_row(self)  # the focus stays in the prompt: a screen reader hears this

    def current_entry(self) -> Entry | None:
        row = self.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _clicked(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if 0 <= row < len(self._entries):
            self.chosen.emit(self._entries[row])
