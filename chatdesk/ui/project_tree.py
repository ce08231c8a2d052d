"""The conversation list as a tree: projects as collapsible groups, one level deep, then the
conversations in no project. Within each group the order is the history's (pinned first,
then most recently updated).

It renders what it is given and reports what the user did (opened, renamed, moved by drag
and drop, folded); it never changes its own rows: the library lists the history again and
the tree is filled anew, so what is shown is always what is stored.

What each row shows, and the delegate drawing it, is ``project_rows.py``.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from chatdesk.core.i18n import tr
from chatdesk.ui.project_rows import (
    DETAIL_ROLE,
    DROP_ROLE,
    MESSAGE_ROLE,
    PINNED_ROLE,
    PROJECT_ROLE,
    UID_ROLE,
    RowDelegate,
    conversation_row,
    project_row,
)

if TYPE_CHECKING:
    # Annotation only: naming it at import would build the class (~1 ms) before the window.
    from PySide6.QtGui import (
        QContextMenuEvent,
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QKeyEvent,
    )

    from chatdesk.core.projects import Project
    from chatdesk.services.storage import ConversationSummary

# The roles are named here too, for the modules that read rows (the sidebar, the tests).
__all__ = [
    "DETAIL_ROLE",
    "DROP_ROLE",
    "MESSAGE_ROLE",
    "MIME",
    "PINNED_ROLE",
    "PROJECT_ROLE",
    "UID_ROLE",
    "ConversationTree",
    "ProjectAsk",
]

#: What a drag of conversations carries: their uids, one per line.
MIME = "application/x-chatdesk-conversations"


class ProjectAsk(enum.Enum):
    """What the user asked of a project (or, for ``NEW_PROJECT``, of none)."""

    NEW_CONVERSATION = "new conversation"
    SETTINGS = "settings"
    EXPORT = "export"
    DELETE = "delete"
    NEW_PROJECT = "new project"


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
        self.setItemDelegate(RowDelegate(self))
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
        conv_size, project_size = self._row_sizes()
        self._highlight(None)
        old_projects, old_rows = self._project_rows, self._conv_rows
        self._project_rows, self._conv_rows = {}, {}
        for project in projects:
            row = project_row(project, old_projects.get(project.uid), project_size, resized)
            self._project_rows[project.uid] = row
        groups = {uid: row[0] for uid, row in self._project_rows.items()}
        members: dict[str, list[QTreeWidgetItem]] = {uid: [] for uid in groups}
        loose: list[QTreeWidgetItem] = []
        chosen: QTreeWidgetItem | None = None
        for conv in conversations:
            shown = conversation_row(conv, old_rows.get(conv.uid), conv_size, resized)
            self._conv_rows[conv.uid] = shown
            item = shown[0]
            inside = conv.project if conv.project in groups else ""
            if item.data(0, PROJECT_ROLE) != (inside or None):
                item.setData(0, PROJECT_ROLE, inside or None)
            (members[inside] if inside else loose).append(item)
            if conv.uid == current:
                chosen = item
        for uid, group in groups.items():
            group.addChildren(members[uid])
            size = len(members[uid])
            # With its noun: a screen reader reads this detail after the name, and a bare
            # "Work, 3" said nothing of what was counted.
            #: A project's row: how many conversations it holds ("Work · 3 conversations").
            count = tr("%Ln conversation(s)", "in a project", size)
            _update(group, DETAIL_ROLE, count if size else tr("empty", "a project"))
        self.addTopLevelItems(list(groups.values()) + loose)
        for project in projects:
            groups[project.uid].setExpanded(not project.collapsed)
        if chosen is not None:
            self._make_current(chosen)
        self.verticalScrollBar().setValue(scrolled)
        self.setUpdatesEnabled(True)
        self._filling = False

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
