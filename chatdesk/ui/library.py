"""The history as the sidebar sees it: the conversation list and its projects, search
(everywhere or in one project), usage, export, import.

Every call goes through the history thread; results come back as signals.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import tr
from chatdesk.core.projects import Project, clean_name

if TYPE_CHECKING:
    from chatdesk.services.storage import ConversationSummary, HistoryStore, OpenReport
    from chatdesk.services.transfer import ImportResult
from chatdesk.ui.background import as_bug
from chatdesk.ui.controller import ChatController
from chatdesk.ui.history_sync import OPEN_TAIL
from chatdesk.ui.storage_runner import StorageRunner

log = logging.getLogger(__name__)

LAST_CONVERSATION = "last_conversation"


class UsagePeriod(enum.StrEnum):
    """How usage rows are grouped: the value is what ``HistoryStore.usage`` takes."""

    DAY = "day"
    MONTH = "month"


class LibraryController(QObject):
    conversations_changed = Signal(list)  # list[ConversationSummary]
    projects_changed = Signal(list)  # list[Project] by name, just before conversations_changed
    search_results = Signal(str, list)  # query, list[SearchHit]
    usage_ready = Signal(object, list)  # UsagePeriod, list[UsageRow]
    notice = Signal(str)
    error = Signal(object)  # ChatError to show
    opened = Signal()  # the history is open (or known to be unavailable)

    def __init__(self, runner: StorageRunner, chat: ChatController) -> None:
        super().__init__()
        self.runner = runner
        self.chat = chat
        self.available = False
        self.current_uid = ""
        self.projects: list[Project] = []
        """As last listed, by name."""
        self.search_project = ""
        """Search only this project's conversations ("" = everywhere)."""
        self._project_of: dict[str, str] = {}  # conversation uid -> project uid, as listed
        self._latest_query = ""
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        chat.history_changed.connect(self._refresh_timer.start)
        chat.conversation_loaded.connect(lambda conv: self._set_current(conv.uid))
        chat.conversation_cleared.connect(lambda: self._set_current(""))
        runner.failed.connect(self._storage_failed)

    def _set_current(self, uid: str) -> None:
        self.current_uid = uid

    def _error(self, message: str) -> None:
        self.error.emit(ChatError(ErrorKind.STORAGE, message))

    def _storage_failed(self, error: Exception) -> None:
        bug = as_bug(error)
        if bug is not None:
            self.error.emit(bug)
        else:
            self._error(str(error))

    # -- start-up -----------------------------------------------------------------------

    def start(self) -> None:
        """Open the history off the UI thread, list it, and reopen the last conversation."""

        def open_and_read(store: HistoryStore) -> tuple[OpenReport, str | None]:
            report = store.open()
            return report, store.get_state(LAST_CONVERSATION)

        self.runner.submit(open_and_read, self._opened, self._open_failed)

    def _opened(self, result: tuple[OpenReport, str | None]) -> None:
        report, last = result
        self.available = True
        if report.moved_aside is not None:
            self._error(
                tr(
                    "The history file was damaged and has been moved to {path}. "
                    "chatdesk started a new, empty history; the old file was not deleted."
                ).format(path=report.moved_aside)
            )
        if report.interrupted:
            self.notice.emit(
                tr(
                    "%Ln reply(s) were interrupted when chatdesk last closed; "
                    "they are marked incomplete.",
                    "",
                    report.interrupted,
                )
            )
        self.refresh()
        if last and not self.chat.conversation.messages:
            self.open_conversation(last)
        self.opened.emit()

    def _open_failed(self, error: Exception) -> None:
        self.available = False
        self.chat.history_unavailable()
        bug = as_bug(error)
        if bug is not None:
            self.error.emit(bug)
        else:
            self._error(
                tr(
                    "{error} Conversations in this session will not be saved until the "
                    "history can be opened."
                ).format(error=error)
            )
        self.opened.emit()

    # -- list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.available:
            self.runner.submit(lambda s: (s.list_projects(), s.list_conversations()), self._listed)

    def _listed(self, listing: tuple[list[Project], list[ConversationSummary]]) -> None:
        projects, conversations = listing
        self.projects = projects
        self._project_of = {c.uid: c.project for c in conversations}
        self.projects_changed.emit(projects)
        self.conversations_changed.emit(conversations)

    def open_conversation(self, uid: str, message_uid: str = "") -> None:
        if uid == self.current_uid and self.chat.conversation.uid == uid:
            if message_uid:
                self.chat.jump_to(message_uid)
            return

        def loaded(conv: object) -> None:
            if conv is None:
                return
            self.chat.load_conversation(conv)  # type: ignore[arg-type]
            if message_uid:
                self.chat.jump_to(message_uid)

        # Only the latest messages are read now; older ones come when they are needed.
        self.runner.submit(
            lambda s: s.load_conversation(uid, tail=OPEN_TAIL, including=message_uid or None),
            loaded,
        )

    def rename(self, uid: str, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            self.refresh()
            return
        self.chat.stored_elsewhere(uid, title=title)
        self.runner.submit(lambda s: s.rename(uid, title), lambda _: self.refresh())

    def set_pinned(self, uid: str, pinned: bool) -> None:
        self.chat.stored_elsewhere(uid, pinned=pinned)
        self.runner.submit(lambda s: s.set_pinned(uid, pinned), lambda _: self.refresh())

    def delete(self, uid: str) -> None:
        if uid == self.chat.conversation.uid:
            self.chat.new_conversation()
        self.runner.submit(lambda s: s.delete_conversation(uid), lambda _: self.refresh())

    # -- projects -------------------------------------------------------------------------

    def project(self, uid: str) -> Project | None:
        return next((p for p in self.projects if p.uid == uid), None)

    def project_of(self, conversation_uid: str) -> str:
        """The project a conversation is in, as last listed ("": none)."""
        return self._project_of.get(conversation_uid, "")

    def conversations_in(self, uid: str) -> int:
        """How many conversations project ``uid`` holds, as last listed."""
        return sum(1 for project in self._project_of.values() if project == uid)

    def create_project(self, name: str, then: Callable[[Project], None] | None = None) -> None:
        """A new, empty project; ``then`` gets it once it is stored."""
        name = clean_name(name)
        if not name:
            return
        project = Project(name=name)

        def done(_: object) -> None:
            self.refresh()
            if then is not None:
                then(project)

        self.runner.submit(lambda s: s.save_project(project), done)

    def save_project(self, project: Project) -> None:
        """Save a project's name and defaults (used by conversations started in it later;
        the ones already in it keep their own settings)."""
        project = dataclasses.replace(project, name=clean_name(project.name))
        if not project.name:
            self.refresh()
            return
        self.runner.submit(lambda s: s.save_project(project), lambda _: self.refresh())

    def rename_project(self, uid: str, name: str) -> None:
        project = self.project(uid)
        if project is None or not clean_name(name):
            self.refresh()  # shows the old name again
            return
        self.save_project(dataclasses.replace(project, name=name))

    def set_project_collapsed(self, uid: str, collapsed: bool) -> None:
        """Remember a project folded or unfolded (the list is not read again for it)."""
        self.projects = [
            dataclasses.replace(p, collapsed=collapsed) if p.uid == uid else p
            for p in self.projects
        ]
        self.runner.submit(lambda s: s.set_project_collapsed(uid, collapsed), lambda _: None)

    def move(self, uids: list[str], project_uid: str) -> None:
        """Put conversations in a project ("": out of any). The open conversation follows
        at once, even before it is first saved (it is then saved into the project)."""
        for uid in uids:
            self.chat.stored_elsewhere(uid, project=project_uid)
        project = self.project(project_uid)
        name = project.name if project is not None else None

        def done(moved: int) -> None:
            self.refresh()
            # The open conversation counts even before its first save (it has no row yet).
            count = moved or sum(1 for uid in uids if uid == self.chat.conversation.uid)
            if count and name is not None:
                self.notice.emit(
                    tr("Moved %Ln conversation(s) to {project}", "", count).format(project=name)
                )
            elif count:
                self.notice.emit(tr("Moved %Ln conversation(s) out of its project", "", count))

        self.runner.submit(lambda s: s.move_to_project(uids, project_uid), done)

    def delete_project(self, uid: str, *, keep_conversations: bool) -> None:
        """Delete a project; its conversations move out of it or are deleted with it."""
        chat = self.chat
        open_uid = chat.conversation.uid
        inside = uid in (chat.conversation.project, self._project_of.get(open_uid))
        if inside and keep_conversations:
            chat.stored_elsewhere(open_uid, project="")
        elif inside:
            chat.new_conversation()  # before the delete, so nothing saves it again
        if self.search_project == uid:
            self.set_search_project("")

        def done(gone: list[str]) -> None:
            self.refresh()
            self.notice.emit(
                tr("Project deleted with %Ln conversation(s)", "", len(gone))
                if gone
                else tr("Project deleted; its conversations were kept")
            )

        self.runner.submit(
            lambda s: s.delete_project(uid, keep_conversations=keep_conversations), done
        )

    # -- search and usage -------------------------------------------------------------------

    def search(self, query: str) -> None:
        """Search everywhere, or in ``search_project``'s conversations."""
        self._latest_query = query
        if not query.strip() or not self.available:
            self.search_results.emit(query, [])
            return
        scope = self.search_project

        def done(hits: list[object]) -> None:
            # Drop answers to queries typed over since, or asked of another project.
            if query == self._latest_query and scope == self.search_project:
                self.search_results.emit(query, hits)

        self.runner.submit(lambda s: s.search(query, project=scope or None), done)

    def set_search_project(self, uid: str) -> None:
        """Search only project ``uid`` from now on ("" = everywhere); the search shown is
        run again."""
        if uid != self.search_project:
            self.search_project = uid
            if self._latest_query.strip():
                self.search(self._latest_query)

    def load_usage(self, period: UsagePeriod | str) -> None:
        """Usage rows grouped by ``period`` (a combo box's data may hand over its value)."""
        period = UsagePeriod(period)
        self.runner.submit(
            lambda s: s.usage(period.value), lambda rows: self.usage_ready.emit(period, rows)
        )

    # -- export and import --------------------------------------------------------------------

    def export(self, path: Path, fmt: str, uid: str | None, project: str | None = None) -> None:
        """Write ``fmt`` ("md" or "json") to ``path``: conversation ``uid``, or project
        ``project``'s, or all (see ``services/transfer.py``)."""

        def write(store: HistoryStore) -> int:
            from chatdesk.services import transfer

            return transfer.export_to_file(
                store, path, transfer.ExportFormat(fmt), uid, project=project
            )

        self.runner.submit(
            write,
            lambda n: self.notice.emit(
                tr("Exported %Ln conversation(s) to {path}", "", n).format(path=path)
            ),
        )

    def import_file(self, path: Path) -> None:
        """Import ``path``; a refused file is reported like any history failure."""

        def run(store: HistoryStore) -> ImportResult:
            from chatdesk.services.transfer import import_file

            return import_file(store, path)

        def done(result: ImportResult) -> None:
            self.notice.emit(result.message())
            self.refresh()

        self.runner.submit(run, done)
