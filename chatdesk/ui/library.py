"""The history as the sidebar sees it: the conversation list, search, usage, export, import.

Every call goes through the history thread; results come back as signals.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from chatdesk.core.errors import ChatError, ErrorKind

if TYPE_CHECKING:
    from chatdesk.services.storage import HistoryStore, OpenReport
    from chatdesk.services.transfer import ImportResult
from chatdesk.ui.controller import ChatController
from chatdesk.ui.history_sync import OPEN_TAIL
from chatdesk.ui.storage_runner import StorageRunner

log = logging.getLogger(__name__)

LAST_CONVERSATION = "last_conversation"


class LibraryController(QObject):
    conversations_changed = Signal(list)  # list[ConversationSummary]
    search_results = Signal(str, list)  # query, list[SearchHit]
    usage_ready = Signal(str, list)  # period, list[UsageRow]
    notice = Signal(str)
    error = Signal(object)  # ChatError to show
    opened = Signal()  # the history is open (or known to be unavailable)

    def __init__(self, runner: StorageRunner, chat: ChatController) -> None:
        super().__init__()
        self.runner = runner
        self.chat = chat
        self.available = False
        self.current_uid = ""
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
                f"The history file was damaged and has been moved to {report.moved_aside}. "
                "chatdesk started a new, empty history; the old file was not deleted."
            )
        if report.interrupted:
            self.notice.emit(
                f"{report.interrupted} reply(s) were interrupted when chatdesk last closed; "
                "they are marked incomplete."
            )
        self.refresh()
        if last and not self.chat.conversation.messages:
            self.open_conversation(last)
        self.opened.emit()

    def _open_failed(self, error: Exception) -> None:
        self.available = False
        self.chat.history_unavailable()
        self._error(
            f"{error} Conversations in this session will not be saved until the history "
            "can be opened."
        )
        self.opened.emit()

    # -- list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.available:
            self.runner.submit(lambda s: s.list_conversations(), self.conversations_changed.emit)

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

    # -- search and usage -------------------------------------------------------------------

    def search(self, query: str) -> None:
        self._latest_query = query
        if not query.strip() or not self.available:
            self.search_results.emit(query, [])
            return

        def done(hits: list[object]) -> None:
            if query == self._latest_query:  # drop answers to queries typed over since
                self.search_results.emit(query, hits)

        self.runner.submit(lambda s: s.search(query), done)

    def load_usage(self, period: str) -> None:
        self.runner.submit(
            lambda s: s.usage(period), lambda rows: self.usage_ready.emit(period, rows)
        )

    # -- export and import --------------------------------------------------------------------

    def export(self, path: Path, fmt: str, uid: str | None) -> None:
        """Write ``fmt`` ("md" or "json") to ``path`` (see ``services/transfer.py``)."""

        def write(store: HistoryStore) -> int:
            from chatdesk.services import transfer

            return transfer.export_to_file(store, path, transfer.ExportFormat(fmt), uid)

        self.runner.submit(
            write, lambda n: self.notice.emit(f"Exported {n} conversation(s) to {path}")
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
