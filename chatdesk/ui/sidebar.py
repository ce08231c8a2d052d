"""The history sidebar: search box (everywhere or in one project), the conversations in
their projects (``project_tree.py``), search results.

It renders what the library controller sends and reports what the user asked for;
it never touches the database itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from chatdesk.core.i18n import tr
from chatdesk.ui.a11y_announce import say_current_row
from chatdesk.ui.project_tree import (
    DETAIL_ROLE,
    MESSAGE_ROLE,
    PINNED_ROLE,
    PROJECT_ROLE,
    UID_ROLE,
    ConversationTree,
    ProjectAsk,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QMenu, QTreeWidgetItem

    from chatdesk.core.projects import Project
    from chatdesk.services.storage import ConversationSummary, SearchHit

__all__ = ["DETAIL_ROLE", "MESSAGE_ROLE", "PINNED_ROLE", "UID_ROLE", "ProjectAsk", "Sidebar"]


class Sidebar(QWidget):
    new_requested = Signal()
    conversation_selected = Signal(str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)
    pin_requested = Signal(str, bool)
    search_changed = Signal(str)
    result_activated = Signal(str, str)  # conversation uid, message uid
    # Projects
    move_requested = Signal(list, str)  # conversation uids, project uid ("" = out of any)
    project_renamed = Signal(str, str)  # project uid, name as typed
    project_folded = Signal(str, bool)  # project uid, collapsed
    project_asked = Signal(object, str)  # ProjectAsk, project uid ("" for NEW_PROJECT)
    scope_changed = Signal(str)  # search in this project's conversations ("" = everywhere)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.new_button = QPushButton(tr("New conversation"))
        self.new_button.setObjectName("newConversation")
        self.new_button.clicked.connect(self.new_requested)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(tr("Search all conversations (Ctrl+K)"))
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self._activate_current_result)
        self.search_box.installEventFilter(self)
        self.scope: QComboBox | None = None
        """Where search looks: made when the first project appears."""
        self.tree = ConversationTree()
        self.tree.opened.connect(self._on_opened)
        self.tree.renamed.connect(self.rename_requested)
        self.tree.project_renamed.connect(self.project_renamed)
        self.tree.moved.connect(self.move_requested)
        self.tree.folded.connect(self.project_folded)
        self.tree.menu_wanted.connect(self._show_menu)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.itemActivated.connect(self._on_result)
        self.results.itemClicked.connect(self._on_result)
        self.empty_label = QLabel(tr("No matches"))
        self.empty_label.setObjectName("noMatches")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.empty_label)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 0, 8)
        self._layout.addWidget(self.new_button)
        self._layout.addWidget(self.search_box)
        self._layout.addWidget(self.stack, 1)
        self._activate_when_ready = False
        self._current = ""
        self._projects: list[Project] = []
        self._conversations: list[ConversationSummary] = []
        self._search_timer = QtCore.QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search_box.text()))

    def install_actions(self) -> None:
        """Keyboard actions on the list, dragging, and the search box's clear button (after
        the first paint, like the menus: the button's icon costs ~5 ms, and it shows only
        once the box has text)."""
        from PySide6.QtGui import QAction, QKeySequence

        self.search_box.setClearButtonEnabled(True)
        tree = self.tree
        tree.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.enable_dragging()
        ctx = QtCore.Qt.ShortcutContext.WidgetShortcut
        self.rename_action = QAction(tr("Rename"), tree)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction(tr("Delete…"), tree)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self._delete_current)
        self.pin_action = QAction(tr("Pin / unpin"), tree)
        self.pin_action.setShortcut(QKeySequence("Ctrl+P"))
        self.pin_action.triggered.connect(self._toggle_pin)
        for action in (self.rename_action, self.pin_action, self.delete_action):
            action.setShortcutContext(ctx)
            tree.addAction(action)

    # -- rendering -------------------------------------------------------------------

    @property
    def projects(self) -> list[Project]:
        return list(self._projects)

    def set_projects(self, projects: list[Project]) -> None:
        """The projects to group by (in order); shown with the next conversation list."""
        self._projects = list(projects)
        self._fill_scope()

    def set_conversations(self, conversations: list[ConversationSummary]) -> None:
        self._conversations = list(conversations)
        self.tree.fill(self._projects, self._conversations, self._current)

    def set_current(self, uid: str) -> None:
        self._current = uid
        self.tree.select(uid)

    def conversation_titles(self) -> list[str]:
        """Titles in the order shown: the projects' conversations first, then the rest."""
        return [item.text(0) for item in self.tree.conversation_items()]

    def conversation_rows(self) -> list[QTreeWidgetItem]:
        return self.tree.conversation_items()

    def project_names(self) -> list[str]:
        return [p.name for p in self._projects]

    def selected_conversation(self) -> str:
        """The conversation of the list's current row, if the list has the focus."""
        item = self.tree.currentItem()
        if item is None or not self.tree.hasFocus():
            return ""
        return str(item.data(0, UID_ROLE) or "")

    def set_results(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.search_box.text():
            return
        self.results.clear()
        if not query.strip():
            self.stack.setCurrentWidget(self.tree)
            return
        if not hits:
            self._activate_when_ready = False
            self.stack.setCurrentWidget(self.empty_label)
            return
        for hit in hits:
            item = QListWidgetItem()
            item.setData(UID_ROLE, hit.conversation_uid)
            item.setData(MESSAGE_ROLE, hit.message_uid)
            title = _escape(hit.conversation_title or tr("Untitled"))
            where = f"▤ {_escape(hit.attachment[:80])} · " if hit.attachment else ""
            label = QLabel(f"<b>{title}</b><br><small>{where}{hit.snippet_html}</small>")
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

    # -- search scope ----------------------------------------------------------------

    def _fill_scope(self) -> None:
        """Everywhere, or one project: a choice shown once there are projects (Tab from
        the search box reaches it; Up/Down change it)."""
        if self.scope is None:
            if not self._projects:
                return
            from PySide6.QtWidgets import QComboBox

            self.scope = QComboBox()
            self.scope.setObjectName("searchScope")
            self.scope.setAccessibleName(tr("Search in"))
            self._layout.insertWidget(2, self.scope)
            QWidget.setTabOrder(self.search_box, self.scope)
            QWidget.setTabOrder(self.scope, self.tree)
            self.scope.currentIndexChanged.connect(self._on_scope)
        scope = self.scope
        chosen = self.search_project()
        scope.blockSignals(True)
        scope.clear()
        scope.addItem(tr("In all conversations"), "")
        for project in self._projects:
            scope.addItem(tr("In {project}").format(project=project.name), project.uid)
        index = scope.findData(chosen)
        scope.setCurrentIndex(max(0, index))
        scope.blockSignals(False)
        scope.setVisible(bool(self._projects))
        if chosen and index < 0:  # the project searched in is gone: search everywhere
            self._on_scope(0)

    def search_project(self) -> str:
        """The project search is limited to ("" = everywhere)."""
        return str(self.scope.currentData() or "") if self.scope is not None else ""

    def set_search_project(self, uid: str) -> None:
        if self.scope is not None:
            self.scope.setCurrentIndex(max(0, self.scope.findData(uid)))

    def _on_scope(self, _index: int) -> None:
        project = self.search_project()
        name = next((p.name for p in self._projects if p.uid == project), "")
        self.search_box.setPlaceholderText(
            tr("Search in {project} (Ctrl+K)").format(project=name)
            if name
            else tr("Search all conversations (Ctrl+K)")
        )
        self.scope_changed.emit(project)

    # -- menus ---------------------------------------------------------------------------

    def menu_for(self, item: QTreeWidgetItem | None) -> QMenu:
        """The context menu of a row (a conversation or a project) or of the empty space:
        each item with its Alt+letter, and the list's key for it (F2, Del, Ctrl+P) shown."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        uid = item.data(0, UID_ROLE) if item is not None else None
        if item is not None and uid is None:
            self._project_menu(menu, item, str(item.data(0, PROJECT_ROLE)))
            return menu
        if item is not None:
            self._conversation_menu(menu, item, str(uid))
        menu.addAction(
            tr("&New project…"), lambda: self.project_asked.emit(ProjectAsk.NEW_PROJECT, "")
        )
        return menu

    def _project_menu(self, menu: QMenu, item: QTreeWidgetItem, project: str) -> None:
        def ask(what: ProjectAsk) -> Callable[[], None]:
            return lambda: self.project_asked.emit(what, project)

        menu.addAction(tr("&New conversation here"), ask(ProjectAsk.NEW_CONVERSATION))
        _keyed(menu.addAction(tr("&Rename"), lambda: self.tree.editItem(item)), "F2")
        menu.addAction(tr("Project &settings…"), ask(ProjectAsk.SETTINGS))
        menu.addAction(tr("&Export project…"), ask(ProjectAsk.EXPORT))
        menu.addSeparator()
        _keyed(menu.addAction(tr("&Delete project…"), ask(ProjectAsk.DELETE)), "Del")

    def _conversation_menu(self, menu: QMenu, item: QTreeWidgetItem, uid: str) -> None:
        from chatdesk.ui.plain_text import button_text

        def move_to(target: str) -> Callable[[], None]:
            return lambda: self.move_requested.emit([uid], target)

        project = item.data(0, PROJECT_ROLE) or ""
        pinned = bool(item.data(0, PINNED_ROLE))
        menu.addAction(tr("&Open", "verb"), lambda: self._on_opened(uid))
        _keyed(menu.addAction(tr("&Rename"), lambda: self.tree.editItem(item)), "F2")
        pin = tr("&Unpin") if pinned else tr("&Pin")
        _keyed(menu.addAction(pin, lambda: self.pin_requested.emit(uid, not pinned)), "Ctrl+P")
        move = menu.addMenu(tr("&Move to project"))
        move.setObjectName("moveToProject")
        move.addAction(tr("&No project"), move_to("")).setEnabled(bool(project))
        move.addSeparator()
        for p in self._projects:
            move.addAction(button_text(p.name), move_to(p.uid)).setEnabled(p.uid != project)
        move.addSeparator()
        move.addAction(
            tr("New &project…"), lambda: self.project_asked.emit(ProjectAsk.NEW_PROJECT, "")
        )
        menu.addSeparator()
        _keyed(menu.addAction(tr("&Delete…"), self._delete_current), "Del")
        menu.addSeparator()

    def _show_menu(self, item: QTreeWidgetItem | None, where: QtCore.QPoint) -> None:
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = self.menu_for(item)
        menu.exec(where)
        menu.deleteLater()

    # -- user actions -------------------------------------------------------------------

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """Up/Down in the search box move through the results; Esc clears the search."""
        if obj is self.search_box and event.type() == QtCore.QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == QtCore.Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                say_current_row(self.results)
                return True
            if key == QtCore.Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(obj, event)

    def _on_search_text(self, text: str) -> None:
        self._activate_when_ready = False
        if not text.strip():
            self.results.clear()
            self.stack.setCurrentWidget(self.tree)
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

    def _on_opened(self, uid: str) -> None:
        self._current = uid
        self.conversation_selected.emit(uid)

    def rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item)

    def _toggle_pin(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, UID_ROLE) is not None:
            self.pin_requested.emit(item.data(0, UID_ROLE), not item.data(0, PINNED_ROLE))

    def _delete_current(self) -> None:
        from chatdesk.ui.confirm import confirm

        item = self.tree.currentItem()
        if item is None:
            return
        uid = item.data(0, UID_ROLE)
        if uid is None:  # a project: its own question (keep its conversations or not)
            self.project_asked.emit(ProjectAsk.DELETE, item.data(0, PROJECT_ROLE))
            return
        question = tr("Delete “{title}” and all its messages? This cannot be undone.").format(
            title=item.text(0)
        )
        if confirm(self, tr("Delete conversation"), question):
            self.delete_requested.emit(uid)


def _keyed(action: QtGui.QAction, key: str) -> None:
    """Show the list's key for ``action`` beside it (the list's own actions hold it)."""
    action.setShortcut(QtGui.QKeySequence(key))
    action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
