"""What the window does with projects: Move to project (Ctrl+Shift+M, then pick), New
project, a project's settings, export and deletion, and new conversations started in a
project with its defaults.

Installed after the first paint by ``window_menus``: it wires the sidebar's project
requests to the library (the history) and the controller (the open conversation), and
opens the dialogs of ``project_dialogs.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from chatdesk.core.i18n import tr
from chatdesk.core.projects import Project
from chatdesk.ui.controller import ChatController
from chatdesk.ui.library import LibraryController
from chatdesk.ui.project_dialogs import Deleting, Pick, ProjectDialog, ProjectPicker, ask_delete
from chatdesk.ui.project_tree import ProjectAsk

if TYPE_CHECKING:
    from chatdesk.ui.main_window import MainWindow


def start_in_project(chat: ChatController, project: Project) -> None:
    """A new conversation in ``project``, with its defaults: its system prompt and
    parameters, and its profile and model (made the ones in use, as opening a conversation
    does). A profile deleted since is left out."""
    chat.new_conversation()
    chat.stored_elsewhere(chat.conversation.uid, project=project.uid)
    if project.profile in {p.id for p in chat.settings.profiles}:
        chat.switch_profile(project.profile)
    if project.model:
        chat.servers.set_model(project.model)
    chat.set_conversation_settings(project.system_prompt, project.params)


class ProjectActions(QObject):
    def __init__(self, window: MainWindow, library: LibraryController) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.chat = window.controller
        self.picker: ProjectPicker | None = None
        self.dialog: ProjectDialog | None = None
        sidebar, lib = window.sidebar, library
        lib.projects_changed.connect(sidebar.set_projects)
        sidebar.move_requested.connect(lib.move)
        sidebar.project_renamed.connect(lib.rename_project)
        sidebar.project_folded.connect(lib.set_project_collapsed)
        sidebar.scope_changed.connect(lib.set_search_project)
        sidebar.project_asked.connect(self.on_asked)

    def on_asked(self, ask: ProjectAsk, uid: str) -> None:
        if ask is ProjectAsk.NEW_PROJECT:
            self.edit(Project())
            return
        project = self.library.project(uid)
        if project is None:
            return
        if ask is ProjectAsk.NEW_CONVERSATION:
            start_in_project(self.chat, project)
            self.window.prompt.setFocus()
        elif ask is ProjectAsk.SETTINGS:
            self.edit(project)
        elif ask is ProjectAsk.EXPORT:
            self.export(project)
        elif ask is ProjectAsk.DELETE:
            self.delete(project)

    # -- moving ----------------------------------------------------------------------------

    def pick_and_move(self) -> None:
        """Ctrl+Shift+M: the list's current conversation when the list has the focus,
        otherwise the open one, moves to the project picked (or a new one)."""
        sidebar, chat = self.window.sidebar, self.chat
        uid = sidebar.selected_conversation() or chat.conversation.uid
        if uid == chat.conversation.uid:
            title = chat.conversation.title or tr("this conversation")
            current = chat.conversation.project
        else:
            item = sidebar.tree.conversation_item(uid)
            title = item.text(0) if item is not None else tr("this conversation")
            current = self.library.project_of(uid)
        picker = ProjectPicker(self.library.projects, current, title, self.window)
        self.picker = picker
        picker.accepted.connect(lambda: self._picked(uid, picker))
        self._return_focus_after(picker)
        picker.open()
        picker.filter.setFocus()

    def _return_focus_after(self, dialog: QDialog) -> None:
        """When ``dialog`` closes, the window and the widget that had the focus get it
        back (without a window manager to do it, the keyboard would go nowhere)."""
        had_focus = QApplication.focusWidget()

        def back() -> None:
            self.window.activateWindow()
            if had_focus is not None and had_focus.isVisible():
                had_focus.setFocus()
            dialog.deleteLater()

        dialog.finished.connect(back)

    def _picked(self, uid: str, picker: ProjectPicker) -> None:
        choice = picker.choice()
        if choice is None:
            return
        kind, value = choice
        if kind is Pick.NEW:
            self.library.create_project(value, then=lambda p: self.library.move([uid], p.uid))
        else:
            self.library.move([uid], value)

    # -- a project's name, defaults, export and deletion ----------------------------------------

    def edit(self, project: Project) -> None:
        """The project's settings (a new project when it has no name yet)."""
        dialog = ProjectDialog(project, self.chat.settings.profiles, self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.library.save_project(dialog.project()))
        self._return_focus_after(dialog)
        dialog.open()

    def export(self, project: Project) -> None:
        from PySide6.QtWidgets import QFileDialog

        stem = "".join(ch if ch.isalnum() else "-" for ch in project.name)[:40] or "project"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, tr("Export project"), f"{stem}.md", "Markdown (*.md);;JSON (*.json)"
        )
        if path:
            fmt = "json" if "json" in chosen.lower() or path.endswith(".json") else "md"
            self.library.export(Path(path), fmt, None, project=project.uid)

    def delete(self, project: Project) -> None:
        answer = ask_delete(self.window, project, self.library.conversations_in(project.uid))
        if answer is not Deleting.CANCEL:
            self.library.delete_project(project.uid, keep_conversations=answer is Deleting.KEEP)


def install_projects(window: MainWindow) -> ProjectActions | None:
    """Wire the sidebar's projects and add the History menu's project actions
    (Ctrl+Shift+M: move to a project)."""
    from PySide6.QtGui import QAction, QKeySequence

    if window.library is None:
        return None
    actions = ProjectActions(window, window.library)
    move = QAction(tr("&Move to project…"), window)
    move.setShortcut(QKeySequence("Ctrl+Shift+M"))
    move.triggered.connect(actions.pick_and_move)
    new = QAction(tr("New &project…"), window)
    new.triggered.connect(lambda: actions.edit(Project()))
    window.history_menu.addSeparator()
    window.history_menu.addAction(move)
    window.history_menu.addAction(new)
    if window.library.available:  # listed before this was wired: group the list now
        window.library.refresh()
    return actions
