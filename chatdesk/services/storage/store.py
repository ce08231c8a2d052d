"""``HistoryStore``: the history as the rest of the app uses it, one object per open file.

Each method is one job of the modules beside it: ``database.py`` (connection,
transactions, busy retries), ``schema.py`` (migrations), ``conversations.py``,
``tree.py`` (messages and branches), ``projects.py``, ``search.py`` (search and usage),
``archive.py`` (import and export). What it keeps itself is this process's part in the
writer protocol: a window is the live writer of the replies it streams
(``services/writer_lock.py``), and on opening it marks replies whose writer is gone
incomplete.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import chatdesk.services.storage.archive as archive
import chatdesk.services.storage.conversations as conversations
import chatdesk.services.storage.projects as project_store
import chatdesk.services.storage.schema as schema
import chatdesk.services.storage.search as search
import chatdesk.services.storage.tree as tree
from chatdesk.core.messages import Conversation, Message, MessageStatus
from chatdesk.core.projects import Project
from chatdesk.services import writer_lock
from chatdesk.services.paths import AppPaths, private_dir, private_file
from chatdesk.services.storage.conversations import ConversationSummary
from chatdesk.services.storage.database import Database
from chatdesk.services.storage.records import upsert_conversation
from chatdesk.services.storage.search import SearchHit, UsageRow

log = logging.getLogger(__name__)

#: The history's file name. Named once, by ``AppPaths.history_file`` (start-up reads it
#: without loading SQLite); this is that name.
DB_NAME = AppPaths(Path(), Path()).history_file.name


@dataclass(frozen=True)
class OpenReport:
    moved_aside: Path | None = None
    """Where a damaged database was moved, when it was."""
    interrupted: int = 0
    """Replies found mid-stream (the app was killed) and now marked incomplete."""
    full_text: bool = True
    """Whether SQLite's FTS5 is available (otherwise search uses LIKE)."""


class HistoryStore:
    def __init__(self, path: Path, *, busy_timeout: float = 5.0, busy_retry: float = 60.0) -> None:
        """``busy_timeout``: how long SQLite waits for the lock per attempt; ``busy_retry``:
        how long a write keeps retrying (with backoff) before it reports the lock."""
        self.path = path
        self.db = Database(path, busy_timeout=busy_timeout, busy_retry=busy_retry)
        self._writer: writer_lock.WriterLock | None = None
        self.full_text = True

    @property
    def writers_dir(self) -> Path:
        """Where the lock files of the processes streaming replies live."""
        return self.path.with_name(self.path.name + ".writers")

    # -- lifecycle ----------------------------------------------------------------------

    def open(self, *, recover: bool = True) -> OpenReport:
        """Open (creating or migrating) the database; move a damaged one aside.

        ``recover`` (the window) makes this store the live writer of the replies it
        streams, and marks replies whose writer is gone (a crash) incomplete; a reply
        another running window streams is left alone. The command line passes False: it
        only reads such replies, and they read as incomplete once their writer is gone.
        """
        moved = self.db.open(prepare=schema.upgrade)
        interrupted = 0
        if recover:
            interrupted = self._recover()
            if self._writer is None:
                try:
                    self._writer = writer_lock.WriterLock(self.writers_dir)
                except OSError as exc:
                    log.warning("cannot record this process as the writer: %s", exc)
        self.full_text = self.db.has_table("messages_fts")
        return OpenReport(moved, interrupted, self.full_text)

    def close(self) -> None:
        self.db.close()
        if self._writer is not None:
            self._writer.release()
            self._writer = None

    def migrate_to(self, version: int) -> None:
        """Create the file at schema ``version`` only (for tests of upgrades)."""
        private_dir(self.path.parent)
        private_file(self.path)
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            schema.upgrade(db, version)
        finally:
            db.close()

    def integrity_ok(self) -> bool:
        return self.db.integrity_ok()

    # -- writers ------------------------------------------------------------------------

    def _recover(self) -> int:
        """Mark replies whose writer is gone incomplete; returns how many."""
        writer_lock.remove_stale(self.writers_dir)
        rows = self.db.read(
            "open the history", "SELECT DISTINCT writer FROM messages WHERE status = 'streaming'"
        )
        gone = [r[0] for r in rows if not self._writer_alive(r[0])]

        def mark(db: sqlite3.Connection) -> int:
            return sum(
                db.execute(
                    "UPDATE messages SET status = 'incomplete' "
                    "WHERE status = 'streaming' AND writer IS ?",
                    (token,),
                ).rowcount
                for token in gone
            )

        return self.db.write("open the history", mark) if gone else 0

    def _writer_alive(self, token: str | None) -> bool:
        if token is None:
            return False
        if self._writer is not None and token == self._writer.token:
            return True
        return writer_lock.is_alive(self.writers_dir, token)

    def _writer_of(self, msg: Message) -> str | None:
        """This process's token for a reply it saves as streaming, else None."""
        if self._writer is not None and msg.status is MessageStatus.STREAMING:
            return self._writer.token
        return None

    # -- app state ----------------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        rows = self.db.read("read the history", "SELECT value FROM app_state WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_state(self, key: str, value: str) -> None:
        self.db.write(
            "save the history",
            lambda db: db.execute(
                "INSERT INTO app_state(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            ),
        )

    # -- conversations ------------------------------------------------------------------

    def list_conversations(self) -> list[ConversationSummary]:
        return conversations.list_conversations(self.db)

    def find_conversation(self, ref: str) -> str | None:
        return conversations.find_conversation(self.db, ref)

    def save_conversation(self, conv: Conversation) -> None:
        conversations.save_conversation(self.db, conv)

    def save_question(self, conv: Conversation, question: Message, updated: float) -> None:
        """A conversation's own fields and the question just asked, in one transaction:
        a new conversation is never stored without its first message."""
        written = [(question, self._writer_of(question))]

        def save(c: sqlite3.Connection) -> None:
            upsert_conversation(c, conv)
            tree.append(c, conv.uid, written, updated)

        self.db.write("save the message", save)

    def rename(self, uid: str, title: str) -> None:
        conversations.rename(self.db, uid, title)

    def set_pinned(self, uid: str, pinned: bool) -> None:
        conversations.set_pinned(self.db, uid, pinned)

    def delete_conversation(self, uid: str) -> None:
        conversations.delete_conversation(self.db, uid)

    # -- projects -----------------------------------------------------------------------

    def list_projects(self) -> list[Project]:
        return project_store.list_projects(self.db)

    def save_project(self, project: Project) -> None:
        """Create a project, or save its name and defaults."""
        project_store.save_project(self.db, project)

    def set_project_collapsed(self, uid: str, collapsed: bool) -> None:
        project_store.set_collapsed(self.db, uid, collapsed)

    def move_to_project(self, conversation_uids: list[str], project_uid: str) -> int:
        """Put conversations in a project ("": out of any); returns how many moved."""
        return project_store.move(self.db, conversation_uids, project_uid)

    def delete_project(self, uid: str, *, keep_conversations: bool) -> list[str]:
        """Delete a project, moving its conversations out or deleting them with it;
        returns the uids of the conversations deleted."""
        return project_store.delete_project(self.db, uid, keep_conversations=keep_conversations)

    # -- messages and branches ----------------------------------------------------------

    def load_conversation(
        self,
        uid: str,
        *,
        tail: int | None = None,
        including: str | None = None,
        all_branches: bool = False,
    ) -> Conversation | None:
        """See ``tree.load_conversation``."""
        return tree.load_conversation(
            self.db,
            uid,
            self._writer_alive,
            tail=tail,
            including=including,
            all_branches=all_branches,
        )

    def load_older(self, uid: str, count: int) -> list[Message]:
        return tree.load_older(self.db, uid, count, self._writer_alive)

    def add_message(self, conversation_uid: str, msg: Message, updated: float) -> None:
        """Append a message; it becomes the end of the shown branch."""
        tree.add_message(self.db, conversation_uid, msg, updated, self._writer_of(msg))

    def add_messages(self, conversation_uid: str, msgs: list[Message], updated: float) -> None:
        """Append several messages in one transaction; the last ends the shown branch."""
        written = [(msg, self._writer_of(msg)) for msg in msgs]
        tree.add_messages(self.db, conversation_uid, written, updated)

    def update_content(self, uid: str, content: str) -> None:
        tree.update_content(self.db, uid, content)

    def update_message(self, msg: Message) -> None:
        """Save a finished (or stopped, or broken) reply with its usage and timings.

        Saved as streaming (a continued reply), it is stamped with this writer too."""
        tree.update_message(self.db, msg, self._writer_of(msg))

    def delete_messages(self, uids: list[str]) -> None:
        tree.delete_messages(self.db, uids)

    def switch_branch(self, conversation_uid: str, message_uid: str) -> None:
        tree.switch_branch(self.db, conversation_uid, message_uid)

    def switch_to_sibling(self, conversation_uid: str, message_uid: str, step: int) -> bool:
        return tree.switch_to_sibling(self.db, conversation_uid, message_uid, step)

    # -- search, usage, import and export ----------------------------------------------

    def search(self, query: str, limit: int = 30, project: str | None = None) -> list[SearchHit]:
        """Messages matching ``query``, in ``project`` only or (None) everywhere."""
        return search.search(self.db, query, full_text=self.full_text, limit=limit, project=project)

    def usage(self, period: str = "day") -> list[UsageRow]:
        return search.usage(self.db, period)

    def conversations(
        self, uid: str | None = None, *, all_branches: bool, project: str | None = None
    ) -> Iterator[Conversation]:
        """Conversation ``uid``, or all of them (of ``project``), oldest first, for an
        export."""
        return archive.conversations(
            self.db, uid, self._writer_alive, all_branches=all_branches, project=project
        )

    def import_conversations(
        self, incoming: list[Conversation], projects: list[Project] | None = None
    ) -> tuple[int, int]:
        """Store projects and conversations in one transaction, skipping those present:
        ``(imported, skipped)`` conversations."""
        return archive.import_conversations(self.db, incoming, projects or ())
