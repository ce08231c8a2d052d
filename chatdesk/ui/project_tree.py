"""The conversation list as a tree: projects as collapsible groups, one level deep, then the
conversations in no project. Within each group the order is the history's (pinned first,
then most recently updated).

It renders what it is given and reports what the user did (opened, renamed, moved by drag
and drop, folded); it never changes its own rows: the library lists the history again and
the tree is filled anew, so what is shown is always what is stored.
"""

from __future__ import annotations

import enum
import time
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStyledItemDelegate, QTreeWidget, QTreeWidgetItem, QWidget

from chatdesk.ui.plain_text import rich_escaped

if TYPE_CHECKING:
    # Annotation only: naming it at import would build the class (~1 ms) before the window.
    from PySide6.QtGui import (
        QContextMenuEvent,
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QKeyEvent,
    )
    from PySide6.QtWidgets import QStyleOptionViewItem

    from chatdesk.core.projects import Project
    from chatdesk.services.storage import ConversationSummary

UID_ROLE = 256  # Qt.UserRole: a conversation's uid (none on a project's row)
DETAIL_ROLE = 257
PINNED_ROLE = 258
MESSAGE_ROLE = 259
PROJECT_ROLE = 260
"""A project's uid, on its row and on the rows of its conversations."""
DROP_ROLE = 261
"""Set on the project row a drag is over (drawn highlighted)."""

#: What a drag of conversations carries: their uids, one per line.
MIME = "application/x-chatdesk-conversations"


class ProjectAsk(enum.Enum):
    """What the user asked of a project (or, for ``NEW_PROJECT``, of none)."""

    NEW_CONVERSATION = "new conversation"
    SETTINGS = "settings"
    EXPORT = "export"
    DELETE = "delete"
    NEW_PROJECT = "new project"


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


class _RowDelegate(QStyledItemDelegate):
    """A conversation: its title (★ when pinned) over a line of age and size and one of
    tokens. A project: ▾ or ▸, its name in bold and how many conversations it holds.

    Only the display text changes; the edit role stays the bare title or name, so F2
    renames just that."""

    def __init__(self, tree: ConversationTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(  # noqa: N802 - Qt override
        self,
        option: QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        super().initStyleOption(option, index)
        detail = index.data(DETAIL_ROLE) or ""
        if index.data(UID_ROLE) is None:  # a project
            arrow = "▾" if self._tree.isExpanded(index) else "▸"
            option.text = f"{arrow} {option.text}  ·  {detail}"
            option.font.setBold(True)
            if index.data(DROP_ROLE):
                from PySide6.QtWidgets import QStyle

                option.state |= QStyle.StateFlag.State_Selected
            return
        star = "★ " if index.data(PINNED_ROLE) else ""
        # U+2028 is the line break item views honour (a plain newline is drawn inline).
        option.text = f"{star}{option.text}\u2028{detail}" if detail else f"{star}{option.text}"

    def setModelData(  # noqa: N802 - Qt override
        self,
        editor: QWidget,
        model: QtCore.QAbstractItemModel,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        """An edit committed: the tree reports it as a rename when the text changed."""
        before = index.data(QtCore.Qt.ItemDataRole.EditRole)
        super().setModelData(editor, model, index)
        after = index.data(QtCore.Qt.ItemDataRole.EditRole)
        if after != before:
            row = model.index(index.row(), index.column(), index.parent())
            self._tree.edited(self._tree.itemFromIndex(row), str(after))


class ConversationTree(QTreeWidget):
    opened = Signal(str)  # conversation uid
    renamed = Signal(str, str)  # conversation uid, title as typed
    project_renamed = Signal(str, str)  # project uid, name as typed
    moved = Signal(list, str)  # conversation uids, project uid ("" = out of any)
    folded = Signal(str, bool)  # project uid, collapsed
    menu_wanted = Signal(object, QtCore.QPoint)  # row (or None: the empty space), global pos

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversations")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(False)  # the delegate draws ▾/▸ on project rows only
        self.setIndentation(14)
        self.setExpandsOnDoubleClick(False)
        self.setItemDelegate(_RowDelegate(self))
        self._filling = False
        self._sizes: tuple[QtCore.QSize, QtCore.QSize] | None = None
        self._project_rows: dict[str, tuple[QTreeWidgetItem, Project]] = {}
        self._conv_rows: dict[str, tuple[QTreeWidgetItem, ConversationSummary, str]] = {}
        """The rows shown, kept for the next fill with what they show."""
        self._drop_on: QTreeWidgetItem | None = None
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_clicked)
        self.itemExpanded.connect(lambda item: self._on_folded(item, False))
        self.itemCollapsed.connect(lambda item: self._on_folded(item, True))

    def enable_dragging(self) -> None:
        """Conversations drag onto projects (set after the first paint, with the actions)."""
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # nothing is reordered: the target is highlighted

    # -- rendering -----------------------------------------------------------------------

    def fill(
        self, projects: list[Project], conversations: list[ConversationSummary], current: str
    ) -> None:
        """Show ``projects`` (in order) with their conversations, then the rest; select
        ``current``. Keeps the scroll position.

        This runs after every saved reply, so it costs what changed: rows are kept from
        one fill to the next and only a row whose conversation (or age) changed is
        updated; every row is given its height (measured once on sample rows), since the
        view otherwise laid out each row's text about 16 times (over a second for 1,000
        conversations)."""
        self._filling = True
        self.setUpdatesEnabled(False)
        scrolled = self.verticalScrollBar().value()
        # The selection first: cleared along with the rows, it cost ~100 ms (1,000 rows).
        self.selectionModel().clear()
        for top in self.invisibleRootItem().takeChildren():
            top.takeChildren()
        resized = self._sizes is None
        self._row_sizes()
        self._highlight(None)
        old_projects, old_rows = self._project_rows, self._conv_rows
        self._project_rows, self._conv_rows = {}, {}
        groups = {p.uid: self._project_row(p, old_projects.get(p.uid), resized) for p in projects}
        members: dict[str, list[QTreeWidgetItem]] = {uid: [] for uid in groups}
        loose: list[QTreeWidgetItem] = []
        chosen: QTreeWidgetItem | None = None
        for conv in conversations:
            item = self._conversation_row(conv, old_rows.get(conv.uid), resized)
            inside = conv.project if conv.project in groups else ""
            if item.data(0, PROJECT_ROLE) != (inside or None):
                item.setData(0, PROJECT_ROLE, inside or None)
            (members[inside] if inside else loose).append(item)
            if conv.uid == current:
                chosen = item
        for uid, group in groups.items():
            group.addChildren(members[uid])
            size = len(members[uid])
            _update(group, DETAIL_ROLE, f"{size}" if size else "empty")
        self.addTopLevelItems(list(groups.values()) + loose)
        for project in projects:
            groups[project.uid].setExpanded(not project.collapsed)
        if chosen is not None:
            self._make_current(chosen)
        self.verticalScrollBar().setValue(scrolled)
        self.setUpdatesEnabled(True)
        self._filling = False

    def _project_row(
        self, project: Project, old: tuple[QTreeWidgetItem, Project] | None, resized: bool
    ) -> QTreeWidgetItem:
        item = old[0] if old is not None else QTreeWidgetItem()
        if old is None:
            flags = QtCore.Qt.ItemFlag
            item.setFlags(
                flags.ItemIsEnabled
                | flags.ItemIsSelectable
                | flags.ItemIsEditable
                | flags.ItemIsDropEnabled
            )
            item.setData(0, PROJECT_ROLE, project.uid)
        if old is None or resized:
            item.setSizeHint(0, self._row_sizes()[1])
        if old is None or old[1] != project:
            item.setToolTip(0, rich_escaped(_project_tip(project)))
        if item.text(0) != project.name:  # also after an edit the history refused
            item.setText(0, project.name)
        self._project_rows[project.uid] = (item, project)
        return item

    def _conversation_row(
        self,
        conv: ConversationSummary,
        old: tuple[QTreeWidgetItem, ConversationSummary, str] | None,
        resized: bool,
    ) -> QTreeWidgetItem:
        sizes, tip = _sizes(conv)
        # Tokens on a line of their own: beside the age they were cut off (seen on Xvfb).
        detail = f"{_ago(conv.updated)} · {conv.messages} msgs\u2028{sizes}"
        item = old[0] if old is not None else QTreeWidgetItem()
        if old is None:
            flags = QtCore.Qt.ItemFlag
            item.setFlags(
                flags.ItemIsEnabled
                | flags.ItemIsSelectable
                | flags.ItemIsEditable
                | flags.ItemIsDragEnabled
            )
            item.setData(0, UID_ROLE, conv.uid)
        if old is None or resized:
            item.setSizeHint(0, self._row_sizes()[0])
        if old is None or old[1] != conv:
            item.setData(0, PINNED_ROLE, conv.pinned)
            item.setToolTip(0, rich_escaped(f"{conv.title}\n{conv.messages} messages\n{tip}"))
        if old is None or old[2] != detail:
            item.setData(0, DETAIL_ROLE, detail)
        title = conv.title or "Untitled"
        if item.text(0) != title:  # also after an edit the history refused
            item.setText(0, title)
        self._conv_rows[conv.uid] = (item, conv, detail)
        return item

    def _row_sizes(self) -> tuple[QtCore.QSize, QtCore.QSize]:
        """A conversation's row (title over two lines) and a project's (one line), as the
        delegate sizes them; measured on sample rows in the empty tree, again after a
        change of font or style."""
        if self._sizes is None:
            from PySide6.QtWidgets import QStyleOptionViewItem

            conv = QTreeWidgetItem(["Title"])
            conv.setData(0, UID_ROLE, "")
            conv.setData(0, DETAIL_ROLE, "age · msgs\u2028tokens")
            project = QTreeWidgetItem(["Project"])
            project.setData(0, DETAIL_ROLE, "1")
            self.addTopLevelItems([conv, project])
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            delegate = self.itemDelegate()
            self._sizes = (
                delegate.sizeHint(option, self.indexFromItem(conv)),
                delegate.sizeHint(option, self.indexFromItem(project)),
            )
            self.clear()
        return self._sizes

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self._sizes = None  # measured again at the next fill
        super().changeEvent(event)

    def select(self, uid: str) -> None:
        """Make conversation ``uid`` the current row (none: no selection)."""
        self._filling = True
        item = self.conversation_item(uid)
        if item is not None:
            self._make_current(item)
            parent = item.parent()
            if parent is None or parent.isExpanded():
                self.scrollToItem(item)
        else:
            self.clearSelection()
        self._filling = False

    def _make_current(self, item: QTreeWidgetItem) -> None:
        """Select ``item`` without scrolling to it: scrolling would unfold its project,
        which the user may have folded on purpose."""
        self.setAutoScroll(False)
        self.setCurrentItem(item)
        self.setAutoScroll(True)

    def _rows(self) -> list[QTreeWidgetItem]:
        """The top-level rows: projects, then conversations in none."""
        return _children(self.invisibleRootItem())

    def conversation_items(self) -> list[QTreeWidgetItem]:
        """Every conversation's row, in the order shown (folded groups included)."""
        out: list[QTreeWidgetItem] = []
        for top in self._rows():
            if top.data(0, UID_ROLE) is None:
                out += _children(top)
            else:
                out.append(top)
        return out

    def conversation_item(self, uid: str) -> QTreeWidgetItem | None:
        row = self._conv_rows.get(uid)
        return row[0] if row is not None else None

    def project_item(self, uid: str) -> QTreeWidgetItem | None:
        rows = self._rows()
        return next(
            (r for r in rows if r.data(0, UID_ROLE) is None and r.data(0, PROJECT_ROLE) == uid),
            None,
        )

    # -- user actions --------------------------------------------------------------------

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        uid = item.data(0, UID_ROLE)
        if uid is not None:
            self.opened.emit(uid)

    def _on_clicked(self, item: QTreeWidgetItem) -> None:
        """A click opens a conversation, or folds or unfolds a project."""
        if item.data(0, UID_ROLE) is None:
            item.setExpanded(not item.isExpanded())
        else:
            self._on_activated(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter on a project folds or unfolds it (Left and Right do too, as in any tree).

        Not the Enter that ends renaming it: the line editor passes that one on to here."""
        item = self.currentItem()
        keys = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
        renaming = self.state() == self.State.EditingState or not self.hasFocus()
        if event.key() in keys and item is not None and item.data(0, UID_ROLE) is None:
            if not renaming:
                item.setExpanded(not item.isExpanded())
            return
        super().keyPressEvent(event)

    def edited(self, item: QTreeWidgetItem | None, text: str) -> None:
        """The user renamed a row in place (F2); other changes of a row's data (its
        looks, what screen readers are told) are not renames."""
        if item is None:
            return
        uid = item.data(0, UID_ROLE)
        if uid is None:
            self.project_renamed.emit(item.data(0, PROJECT_ROLE), text)
        else:
            self.renamed.emit(uid, text)

    def _on_folded(self, item: QTreeWidgetItem, collapsed: bool) -> None:
        if not self._filling:
            self.folded.emit(item.data(0, PROJECT_ROLE), collapsed)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Right click: the row under the pointer. The menu key (or Shift+F10): the
        current row."""
        if event.reason() == event.Reason.Keyboard:
            item = self.currentItem()
            rect = self.visualItemRect(item) if item is not None else QtCore.QRect()
            where = self.viewport().mapToGlobal(rect.center())
        else:
            item = self.itemAt(event.pos())
            where = event.globalPos()
        self.menu_wanted.emit(item, where)

    # -- drag and drop -------------------------------------------------------------------

    def startDrag(self, supported: QtCore.Qt.DropAction) -> None:  # noqa: N802 - Qt override
        """Drag the selected conversations as a list of uids; the view never moves rows
        itself (the history does, and the tree is filled again)."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QDrag

        items = [i for i in self.selectedItems() if i.data(0, UID_ROLE) is not None]
        if not items:
            return
        mime = QMimeData()
        mime.setData(MIME, "\n".join(i.data(0, UID_ROLE) for i in items).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.viewport().grab(self.visualItemRect(items[0])))
        drag.exec(QtCore.Qt.DropAction.MoveAction)
        self._highlight(None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        super().dragMoveEvent(event)  # scrolls near the edges
        self._highlight(self._group_at(event.position().toPoint()))
        event.setDropAction(QtCore.Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt override
        super().dragLeaveEvent(event)  # type: ignore[arg-type]
        self._highlight(None)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._highlight(None)
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        uids = bytes(event.mimeData().data(MIME).data()).decode().split("\n")
        group = self._group_at(event.position().toPoint())
        target = group.data(0, PROJECT_ROLE) if group is not None else ""
        # Copy, not move: a move would have the view take the dragged rows out itself.
        event.setDropAction(QtCore.Qt.DropAction.CopyAction)
        event.accept()
        moving = [u for u in uids if u and self._project_of(u) != target]
        if moving:
            self.moved.emit(moving, target)

    def _group_at(self, pos: QtCore.QPoint) -> QTreeWidgetItem | None:
        """The project a drop at ``pos`` goes into: the one under it, or the one of the
        conversation under it; None (out of any project) elsewhere."""
        item = self.itemAt(pos)
        if item is None:
            return None
        if item.data(0, UID_ROLE) is None:
            return item
        return item.parent()

    def _project_of(self, uid: str) -> str:
        item = self.conversation_item(uid)
        return (item.data(0, PROJECT_ROLE) or "") if item is not None else ""

    def _highlight(self, group: QTreeWidgetItem | None) -> None:
        if group is self._drop_on:
            return
        if self._drop_on is not None:
            self._drop_on.setData(0, DROP_ROLE, None)
        self._drop_on = group
        if group is not None:
            group.setData(0, DROP_ROLE, True)


def _update(item: QTreeWidgetItem, role: int, value: object) -> None:
    """Set ``role`` only when it changes (each change repaints and tells listeners)."""
    if item.data(0, role) != value:
        item.setData(0, role, value)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for i in range(item.childCount()) if (c := item.child(i)) is not None]


def _project_tip(project: Project) -> str:
    """The project's name and what conversations started in it begin with."""
    lines = [project.name]
    defaults = [
        ("model", project.model),
        ("system prompt", " ".join(project.system_prompt.split())[:80]),
        ("parameters", ", ".join(f"{k} {v}" for k, v in project.params.to_json().items())),
    ]
    if project.has_defaults:
        lines.append("New conversations here start with its defaults:")
        lines += [f"  {name}: {value}" for name, value in defaults if value]
    return "\n".join(lines)
