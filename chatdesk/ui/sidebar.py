"""The history sidebar: search box, conversation list (pinned first), search results.

It renders what the library controller sends and reports what the user asked for;
it never touches the database itself.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from chatdesk.ui.plain_text import rich_escaped

if TYPE_CHECKING:
    # Annotation only: naming it at import would build the class (~1 ms) before the window.
    from PySide6.QtWidgets import QStyleOptionViewItem

    from chatdesk.services.storage import ConversationSummary, SearchHit

UID_ROLE = 256  # Qt.UserRole
DETAIL_ROLE = 257
PINNED_ROLE = 258
MESSAGE_ROLE = 259


def _ago(when: float) -> str:
    seconds = max(0, time.time() - when)
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{int(seconds // size)} {unit} ago"
    return "just now"


def _count(tokens: int) -> str:
    """``950``, ``3,400``, ``12k``, ``18.2M``: short enough for a sidebar row."""
    if tokens < 10_000:
        return f"{tokens:,}"
    if tokens < 1_000_000:
        return f"{tokens / 1000:.0f}k"
    return f"{tokens / 1_000_000:.1f}M"


def _sizes(conv: ConversationSummary) -> tuple[str, str]:
    """What the conversation was billed and how long it is now: for its row, and in full
    for its tooltip. Billed adds up every request, each of which resends the conversation,
    so it grows far past the length; the length is not known until first measured."""
    billed = "~" if conv.estimated else ""
    row = f"{billed}{_count(conv.tokens)} tokens billed"
    tip = f"{billed}{conv.tokens:,} tokens billed (every request's tokens added up)"
    if conv.length_tokens:
        row += f" · ~{_count(conv.length_tokens)} now"
        tip += f"\n~{conv.length_tokens:,} tokens now (what the next request sends)"
    return row, tip


class _ConversationDelegate(QStyledItemDelegate):
    """Shows the title (★ when pinned) over a line of age and size and one of tokens.

    Only the display text changes; the edit role stays the bare title, so F2
    renames just the title.
    """

    def initStyleOption(  # noqa: N802 - Qt override
        self,
        option: QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        super().initStyleOption(option, index)
        detail = index.data(DETAIL_ROLE) or ""
        star = "★ " if index.data(PINNED_ROLE) else ""
        # U+2028 is the line break item views honour (a plain newline is drawn inline).
        option.text = f"{star}{option.text}\u2028{detail}" if detail else f"{star}{option.text}"


class Sidebar(QWidget):
    new_requested = Signal()
    conversation_selected = Signal(str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)
    pin_requested = Signal(str, bool)
    search_changed = Signal(str)
    result_activated = Signal(str, str)  # conversation uid, message uid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.new_button = QPushButton("New conversation")
        self.new_button.setObjectName("newConversation")
        self.new_button.clicked.connect(self.new_requested)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText("Search all conversations (Ctrl+K)")
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self._activate_current_result)
        self.search_box.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("conversations")
        self.list.setItemDelegate(_ConversationDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.list.itemChanged.connect(self._on_item_changed)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.itemActivated.connect(self._on_result)
        self.results.itemClicked.connect(self._on_result)
        self.empty_label = QLabel("No matches")
        self.empty_label.setObjectName("noMatches")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_box)
        layout.addWidget(self.stack, 1)
        self._filling = False
        self._activate_when_ready = False
        self._current = ""
        self._search_timer = QtCore.QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search_box.text()))

    def install_actions(self) -> None:
        """Keyboard actions on the list and the search box's clear button (after the first
        paint, like the menus: the button's icon costs ~5 ms, and it shows only once the
        box has text)."""
        from PySide6.QtGui import QAction, QKeySequence

        self.search_box.setClearButtonEnabled(True)
        self.list.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ctx = QtCore.Qt.ShortcutContext.WidgetShortcut
        self.rename_action = QAction("Rename", self.list)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.rename_action.setShortcutContext(ctx)
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction("Delete…", self.list)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(ctx)
        self.delete_action.triggered.connect(self._delete_current)
        self.pin_action = QAction("Pin / unpin", self.list)
        self.pin_action.setShortcut(QKeySequence("Ctrl+P"))
        self.pin_action.setShortcutContext(ctx)
        self.pin_action.triggered.connect(self._toggle_pin)
        for action in (self.rename_action, self.pin_action, self.delete_action):
            self.list.addAction(action)
        self.list.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- rendering -------------------------------------------------------------------

    def set_conversations(self, conversations: list[ConversationSummary]) -> None:
        self._filling = True
        current = self._current
        self.list.clear()
        flags = (
            QtCore.Qt.ItemFlag.ItemIsEnabled
            | QtCore.Qt.ItemFlag.ItemIsSelectable
            | QtCore.Qt.ItemFlag.ItemIsEditable
        )
        for conv in conversations:
            item = QListWidgetItem(conv.title or "Untitled")
            item.setFlags(flags)
            item.setData(UID_ROLE, conv.uid)
            item.setData(PINNED_ROLE, conv.pinned)
            detail, tip = _sizes(conv)
            # Tokens on a line of their own: beside the age they were cut off (seen on Xvfb).
            item.setData(DETAIL_ROLE, f"{_ago(conv.updated)} · {conv.messages} msgs\u2028{detail}")
            item.setToolTip(rich_escaped(f"{conv.title}\n{conv.messages} messages\n{tip}"))
            self.list.addItem(item)
            if conv.uid == current:
                self.list.setCurrentItem(item)
        self._filling = False

    def set_current(self, uid: str) -> None:
        self._current = uid
        self._filling = True
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(UID_ROLE) == uid:
                self.list.setCurrentItem(item)
                break
        else:
            self.list.clearSelection()
        self._filling = False

    def conversation_titles(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def set_results(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.search_box.text():
            return
        self.results.clear()
        if not query.strip():
            self.stack.setCurrentWidget(self.list)
            return
        if not hits:
            self._activate_when_ready = False
            self.stack.setCurrentWidget(self.empty_label)
            return
        for hit in hits:
            item = QListWidgetItem()
            item.setData(UID_ROLE, hit.conversation_uid)
            item.setData(MESSAGE_ROLE, hit.message_uid)
            title = _escape(hit.conversation_title or "Untitled")
            label = QLabel(f"<b>{title}</b><br><small>{hit.snippet_html}</small>")
            label.setWordWrap(True)
            label.setTextFormat(QtCore.Qt.TextFormat.RichText)
            label.setContentsMargins(6, 3, 6, 3)
            item.setSizeHint(label.sizeHint().expandedTo(QtCore.QSize(0, 44)))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        self.results.setCurrentRow(0)
        self.stack.setCurrentWidget(self.results)
        if self._activate_when_ready:
            self._activate_when_ready = False
            self._on_result(self.results.item(0))

    def result_texts(self) -> list[str]:
        out = []
        for row in range(self.results.count()):
            widget = self.results.itemWidget(self.results.item(row))
            out.append(widget.text() if isinstance(widget, QLabel) else "")
        return out

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -- user actions -------------------------------------------------------------------

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """Up/Down in the search box move through the results; Esc clears the search."""
        if obj is self.search_box and event.type() == QtCore.QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == QtCore.Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key == QtCore.Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(obj, event)

    def _on_search_text(self, text: str) -> None:
        self._activate_when_ready = False
        if not text.strip():
            self.results.clear()
            self.stack.setCurrentWidget(self.list)
        self._search_timer.start()

    def _activate_current_result(self) -> None:
        item = self.results.currentItem()
        if self._search_timer.isActive() or item is None:
            # Enter typed before the results arrived: open the first one when they do.
            self._activate_when_ready = True
            if self._search_timer.isActive():
                self._search_timer.stop()
                self.search_changed.emit(self.search_box.text())
            return
        if self.stack.currentWidget() is self.results:
            self._on_result(item)

    def _on_result(self, item: QListWidgetItem) -> None:
        self.result_activated.emit(item.data(UID_ROLE), item.data(MESSAGE_ROLE))

    def _on_activated(self, item: QListWidgetItem) -> None:
        uid = item.data(UID_ROLE)
        self._current = uid
        self.conversation_selected.emit(uid)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.rename_requested.emit(item.data(UID_ROLE), item.text())

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _toggle_pin(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.pin_requested.emit(item.data(UID_ROLE), not item.data(PINNED_ROLE))

    def _delete_current(self) -> None:
        from chatdesk.ui.confirm import confirm

        item = self.list.currentItem()
        if item is None:
            return
        question = f"Delete “{item.text()}” and all its messages? This cannot be undone."
        if confirm(self, "Delete conversation", question):
            self.delete_requested.emit(item.data(UID_ROLE))


def _escape(text: str) -> str:
    import html

    return html.escape(text)
