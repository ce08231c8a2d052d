"""Conversation history in SQLite: the only module that touches the database.

One file, ``history.sqlite3``, in WAL mode with foreign keys on; every write is one
transaction; the schema version lives in ``PRAGMA user_version`` and moves forward
through ``MIGRATIONS``. A damaged file is moved aside, never deleted. All methods
block, so the UI calls them from its storage thread (``ui/storage_runner.py``).
The schema is documented in ``docs/history-schema.md``.

The file and its ``-wal``/``-shm`` companions are owner-only (0600). Another program
(``chatdesk import``) may hold the write lock for a while: writes wait and retry rather
than fail. A streaming reply carries its writer's token (``services/writer_lock.py``),
so a reply whose window died reads as incomplete everywhere, at once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import json
import logging
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from chatdesk.core import export
from chatdesk.core.attachments import Attachment
from chatdesk.core.messages import Conversation, Message, MessageStatus, Role
from chatdesk.core.params import Params
from chatdesk.core.usage import Usage
from chatdesk.services import writer_lock
from chatdesk.services.paths import PRIVATE_FILE_MODE, private_dir, private_file

log = logging.getLogger(__name__)

DB_NAME = "history.sqlite3"
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
STREAMING = MessageStatus.STREAMING


class StorageError(Exception):
    """A history failure, with a message that says what happened and what to do."""


@dataclass(frozen=True)
class OpenReport:
    moved_aside: Path | None = None
    """Where a damaged database was moved, when it was."""
    interrupted: int = 0
    """Replies found mid-stream (the app was killed) and now marked incomplete."""
    full_text: bool = True
    """Whether SQLite's FTS5 is available (otherwise search uses LIKE)."""


@dataclass(frozen=True)
class ConversationSummary:
    uid: str
    title: str
    updated: float
    pinned: bool
    model: str
    messages: int
    tokens: int
    estimated: bool


@dataclass(frozen=True)
class SearchHit:
    conversation_uid: str
    conversation_title: str
    message_uid: str
    role: str
    snippet_html: str
    """HTML-escaped text around the match, matches wrapped in ``<b>``."""
    created: float


@dataclass(frozen=True)
class UsageRow:
    period: str
    model: str
    replies: int
    prompt_tokens: int
    completion_tokens: int
    estimated: bool


# -- schema ----------------------------------------------------------------------------


def _run(db: sqlite3.Connection, statements: list[str]) -> None:
    """Run DDL one statement at a time: ``executescript`` would commit the transaction."""
    for statement in statements:
        db.execute(statement)


def _v1_tables(db: sqlite3.Connection) -> None:
    _run(
        db,
        [
            """CREATE TABLE conversations(
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                created REAL NOT NULL,
                updated REAL NOT NULL,
                pinned INTEGER NOT NULL DEFAULT 0,
                model TEXT NOT NULL DEFAULT '',
                system_prompt TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '{}'
            )""",
            "CREATE INDEX conversations_order ON conversations(pinned DESC, updated DESC)",
            """CREATE TABLE messages(
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                parent_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
                role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
                content TEXT NOT NULL,
                model TEXT NOT NULL DEFAULT '',
                created REAL NOT NULL,
                status TEXT NOT NULL DEFAULT 'complete'
                    CHECK (status IN ('complete', 'streaming', 'stopped', 'incomplete', 'error')),
                finish_reason TEXT,
                prompt_tokens INTEGER,
                completion_tokens INTEGER,
                usage_estimated INTEGER NOT NULL DEFAULT 0,
                ttft_ms REAL,
                duration_ms REAL
            )""",
            "CREATE INDEX messages_by_conversation ON messages(conversation_id, id)",
            "CREATE INDEX messages_streaming ON messages(status) WHERE status = 'streaming'",
            "CREATE TABLE app_state(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ],
    )


def _v2_full_text(db: sqlite3.Connection) -> None:
    """Full-text search over message content (skipped where SQLite lacks FTS5)."""
    try:
        db.execute(
            "CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
    except sqlite3.OperationalError:
        log.warning("FTS5 is not available; search falls back to LIKE")
        return
    _run(
        db,
        [
            """CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
                INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
            END""",
            """CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
                INSERT INTO messages_fts(messages_fts, rowid, content)
                    VALUES ('delete', old.id, old.content);
            END""",
            """CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
                INSERT INTO messages_fts(messages_fts, rowid, content)
                    VALUES ('delete', old.id, old.content);
                INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
            END""",
            "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
        ],
    )


def _v3_branches(db: sqlite3.Connection) -> None:
    """Which branch of a conversation is shown: the message it ends at."""
    db.execute(
        "ALTER TABLE conversations ADD COLUMN current_leaf INTEGER "
        "REFERENCES messages(id) ON DELETE SET NULL"
    )
    db.execute("CREATE INDEX messages_by_parent ON messages(parent_id)")


def _v4_reasoning(db: sqlite3.Connection) -> None:
    """A reply's reasoning text, kept apart from its content."""
    db.execute("ALTER TABLE messages ADD COLUMN reasoning TEXT NOT NULL DEFAULT ''")


def _v5_attachments(db: sqlite3.Connection) -> None:
    """Files attached to messages (images and text files), kept with the history."""
    _run(
        db,
        [
            """CREATE TABLE attachments(
                id INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('image', 'text')),
                name TEXT NOT NULL,
                mime TEXT NOT NULL,
                data BLOB NOT NULL
            )""",
            "CREATE INDEX attachments_by_message ON attachments(message_id, position)",
        ],
    )


def _v6_profiles(db: sqlite3.Connection) -> None:
    """The server profile each conversation was last used with."""
    db.execute("ALTER TABLE conversations ADD COLUMN profile TEXT NOT NULL DEFAULT ''")


def _v7_writers(db: sqlite3.Connection) -> None:
    """The token of the process streaming a reply (``services/writer_lock.py``)."""
    db.execute("ALTER TABLE messages ADD COLUMN writer TEXT")


#: Forward migrations; index + 1 is the schema version each one produces.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_tables,
    _v2_full_text,
    _v3_branches,
    _v4_reasoning,
    _v5_attachments,
    _v6_profiles,
    _v7_writers,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock (as opposed to a real failure)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _friendly(exc: sqlite3.Error, action: str) -> StorageError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            f"Could not {action}: the history is locked by another program. "
            "Is another chatdesk writing to it? Try again in a moment."
        )
    if "full" in text:
        return StorageError(
            f"Could not {action}: the disk is full. Free some space; nothing was damaged, "
            "and the last change will be saved with the next one."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StorageError(
            f"Could not {action}: the history file is read-only. Check the data folder's "
            "permissions."
        )
    return StorageError(f"Could not {action}: {exc}.")


class HistoryStore:
    def __init__(self, path: Path, *, busy_timeout: float = 5.0, busy_retry: float = 60.0) -> None:
        """``busy_timeout``: how long SQLite waits for the lock per attempt; ``busy_retry``:
        how long a write keeps retrying (with backoff) before it reports the lock."""
        self.path = path
        self.busy_timeout = busy_timeout
        self.busy_retry = busy_retry
        self._db: sqlite3.Connection | None = None
        self._writer: writer_lock.WriterLock | None = None
        self.full_text = True

    @property
    def writers_dir(self) -> Path:
        """Where the lock files of the processes streaming replies live."""
        return self.path.with_name(self.path.name + ".writers")

    # -- lifecycle ----------------------------------------------------------------

    def open(self, *, recover: bool = True) -> OpenReport:
        """Open (creating or migrating) the database; move a damaged one aside.

        ``recover`` (the window) makes this store the live writer of the replies it
        streams, and marks replies whose writer is gone (a crash) incomplete; a reply
        another running window streams is left alone. The command line passes False: it
        only reads such replies, and they read as incomplete once their writer is gone.
        """
        private_dir(self.path.parent)
        moved: Path | None = None
        try:
            self._connect()
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc).lower():
                raise _friendly(exc, "open the history") from None
            moved = self._move_aside(exc)
            self._connect()
        self._tighten_companions()
        interrupted = 0
        if recover:
            interrupted = self._recover()
            if self._writer is None:
                try:
                    self._writer = writer_lock.WriterLock(self.writers_dir)
                except OSError as exc:
                    log.warning("cannot record this process as the writer: %s", exc)
        self.full_text = self._has_fts()
        return OpenReport(moved, interrupted, self.full_text)

    def _recover(self) -> int:
        """Mark replies whose writer is gone incomplete; returns how many."""
        writer_lock.remove_stale(self.writers_dir)
        rows = self._read(
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

        count: int = self._write("open the history", mark) if gone else 0
        return count

    def _writer_alive(self, token: str | None) -> bool:
        if token is None:
            return False
        if self._writer is not None and token == self._writer.token:
            return True
        return writer_lock.is_alive(self.writers_dir, token)

    def _tighten_companions(self) -> None:
        """Owner-only -wal and -shm (SQLite copies the database's mode to new ones; this
        fixes those an older chatdesk left readable)."""
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(self.path.with_name(self.path.name + suffix), PRIVATE_FILE_MODE)

    def _connect(self) -> None:
        private_file(self.path)  # before SQLite creates it with the umask's mode
        db = sqlite3.connect(
            self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
        )
        try:
            db.execute("PRAGMA foreign_keys = ON")
            check = db.execute("PRAGMA quick_check(1)").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {check}")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                log.warning("history is in %s mode, not WAL", mode)
            db.execute("PRAGMA synchronous = NORMAL")
            # A 1 MB page cache (SQLite's default is 2 MB): the OS caches the file anyway,
            # and the app's resident memory matters more than the last bit of speed.
            db.execute("PRAGMA cache_size = -1024")
            self._db = db
            self._migrate()
        except BaseException:
            self._db = None
            db.close()
            raise

    def _move_aside(self, exc: Exception) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        log.error("history unusable (%s); moving it to %s", exc, target.name)
        try:
            self.path.rename(target)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.rename(target.with_name(target.name + suffix))
        except OSError as move_error:
            raise StorageError(
                f"The history file {self.path} cannot be read ({exc}) and could not be "
                f"moved aside ({move_error}). Move it away yourself, then restart chatdesk."
            ) from None
        return target

    def _migrate(self) -> None:
        db = self._conn()
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"The history was written by a newer chatdesk (schema {version}; this one "
                f"knows {SCHEMA_VERSION}). Update chatdesk to open it."
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._tx():
                MIGRATIONS[target - 1](db)
                db.execute(f"PRAGMA user_version = {target}")
            log.info("history migrated to schema %d", target)

    def migrate_to(self, version: int) -> None:
        """Apply migrations up to ``version`` only (for tests of upgrades)."""
        private_dir(self.path.parent)
        private_file(self.path)
        db = sqlite3.connect(self.path, isolation_level=None)
        self._db = db
        current = db.execute("PRAGMA user_version").fetchone()[0]
        for target in range(current + 1, version + 1):
            with self._tx():
                MIGRATIONS[target - 1](db)
                db.execute(f"PRAGMA user_version = {target}")
        self.close()

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA optimize")
            self._db.close()
            self._db = None
        if self._writer is not None:
            self._writer.release()
            self._writer = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise StorageError("The history is not open.")
        return self._db

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; ``BEGIN IMMEDIATE`` takes the write lock up front.

        A failed ``COMMIT`` (busy) rolls back too, so the transaction can be retried."""
        db = self._conn()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise

    def _write(self, action: str, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``fn`` in one transaction, retrying while another program holds the lock.

        Each attempt already waits ``busy_timeout`` inside SQLite; between attempts the
        pause doubles (from 50 ms to 2 s) until ``busy_retry`` seconds have passed.
        """
        deadline = time.monotonic() + self.busy_retry
        pause = 0.05
        while True:
            try:
                with self._tx() as db:
                    return fn(db)
            except sqlite3.Error as exc:
                if not _is_busy(exc) or time.monotonic() + pause > deadline:
                    raise _friendly(exc, action) from None
                log.info("history busy (%s); retrying to %s", exc, action)
            time.sleep(pause)
            pause = min(pause * 2, 2.0)

    def _read(self, action: str, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._conn().execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise _friendly(exc, action) from None

    def _has_fts(self) -> bool:
        row = (
            self._conn()
            .execute("SELECT 1 FROM sqlite_master WHERE name = 'messages_fts'")
            .fetchone()
        )
        return row is not None

    def integrity_ok(self) -> bool:
        return bool(self._conn().execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    # -- app state --------------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        rows = self._read("read the history", "SELECT value FROM app_state WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_state(self, key: str, value: str) -> None:
        self._write(
            "save the history",
            lambda db: db.execute(
                "INSERT INTO app_state(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            ),
        )

    # -- conversations -------------------------------------------------------------------

    def save_conversation(self, conv: Conversation) -> None:
        """Create or update a conversation's own fields (not its messages)."""
        self._write("save the conversation", lambda db: self._upsert_conversation(db, conv))

    @staticmethod
    def _upsert_conversation(db: sqlite3.Connection, conv: Conversation) -> None:
        db.execute(
            "INSERT INTO conversations(uid, title, created, updated, pinned, model, system_prompt,"
            " params, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uid) DO UPDATE SET"
            " title = excluded.title, updated = excluded.updated, pinned = excluded.pinned,"
            " model = excluded.model, system_prompt = excluded.system_prompt,"
            " params = excluded.params, profile = excluded.profile",
            (
                conv.uid,
                conv.title,
                conv.created,
                conv.updated,
                int(conv.pinned),
                conv.model,
                conv.system_prompt,
                json.dumps(conv.params.to_json()),
                conv.profile,
            ),
        )

    def list_conversations(self) -> list[ConversationSummary]:
        """Pinned first, then most recently updated, with token totals."""
        rows = self._read(
            "list conversations",
            """
            SELECT c.uid, c.title, c.updated, c.pinned, c.model,
                   COALESCE(t.n, 0), COALESCE(t.tokens, 0), COALESCE(t.estimated, 0)
            FROM conversations c
            LEFT JOIN (
                SELECT conversation_id, COUNT(*) AS n,
                       SUM(COALESCE(prompt_tokens, 0) + COALESCE(completion_tokens, 0)) AS tokens,
                       MAX(usage_estimated) AS estimated
                FROM messages GROUP BY conversation_id
            ) t ON t.conversation_id = c.id
            ORDER BY c.pinned DESC, c.updated DESC
            """,
        )
        return [
            ConversationSummary(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], bool(r[7]))
            for r in rows
        ]

    def _tree(self, cid: int, leaf: int | None) -> tuple[list[int], dict[int | None, list[int]]]:
        """The shown branch (root to leaf ids) and every message's children, in order."""
        rows = self._read(
            "open the conversation",
            "SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id",
            (cid,),
        )
        parents: dict[int, int | None] = {}
        children: dict[int | None, list[int]] = {}
        for mid, parent in rows:
            parent = parent if parent in parents else None
            parents[mid] = parent
            children.setdefault(parent, []).append(mid)
        if leaf not in parents:
            leaf = rows[-1][0] if rows else None
        path: list[int] = []
        node = leaf
        while node is not None:
            path.append(node)
            node = parents[node]
        path.reverse()
        return path, children

    def _fetch(self, ids: list[int]) -> list[Message]:
        """Messages by id, in the order given (in chunks: SQLite limits parameters)."""
        by_id: dict[int, Message] = {}
        alive: dict[str | None, bool] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._read(
                "open the conversation",
                f"SELECT m.id, m.writer, {self._MESSAGE_COLUMNS} FROM messages m "
                f"LEFT JOIN messages p ON p.id = m.parent_id WHERE m.id IN ({marks})",
                tuple(chunk),
            ):
                msg = by_id[row[0]] = _message(row[2:])
                if msg.status is STREAMING:
                    writer = row[1]
                    if writer not in alive:
                        alive[writer] = self._writer_alive(writer)
                    if not alive[writer]:
                        msg.status = MessageStatus.INCOMPLETE  # its window is gone
            files: dict[int, list[Attachment]] = {}
            for mid, kind, name, mime, data in self._read(
                "open the conversation",
                f"SELECT message_id, kind, name, mime, data FROM attachments "
                f"WHERE message_id IN ({marks}) ORDER BY message_id, position",
                tuple(chunk),
            ):
                files.setdefault(mid, []).append(Attachment(kind, name, mime, bytes(data)))
            for mid, attached in files.items():
                if mid in by_id:
                    by_id[mid].attachments = tuple(attached)
        return [by_id[i] for i in ids if i in by_id]

    def _head(self, uid: str) -> tuple[int, Conversation, int | None] | None:
        rows = self._read(
            "open the conversation",
            "SELECT id, uid, title, created, updated, pinned, model, system_prompt, current_leaf,"
            " params, profile FROM conversations WHERE uid = ?",
            (uid,),
        )
        if not rows:
            return None
        (cid, cuid, title, created, updated, pinned, model, system_prompt, leaf, params,
         profile) = rows[0]  # fmt: skip
        conv = Conversation(
            uid=cuid,
            title=title,
            created=created,
            updated=updated,
            pinned=bool(pinned),
            model=model,
            system_prompt=system_prompt,
            params=Params.from_json(_json_or_none(params)),
            profile=profile or "",
        )
        return cid, conv, leaf

    def load_conversation(
        self,
        uid: str,
        *,
        tail: int | None = None,
        including: str | None = None,
        all_branches: bool = False,
    ) -> Conversation | None:
        """A conversation with the messages of its shown branch, or only its latest ``tail``.

        With ``tail``, ``unloaded_before`` counts the older messages left in the
        database (``load_older`` fetches them); ``including`` widens the tail so that
        message is loaded too (a search result to jump to). ``all_branches`` loads
        every message of every branch in creation order (for the JSON export).
        """
        head = self._head(uid)
        if head is None:
            return None
        cid, conv, leaf = head
        path, children = self._tree(cid, leaf)
        ids = path
        if all_branches:
            ids = sorted({m for kids in children.values() for m in kids})
        elif tail is not None:
            skip = max(0, len(path) - tail)
            if including:
                wanted = self._read(
                    "open the conversation", "SELECT id FROM messages WHERE uid = ?", (including,)
                )
                if wanted and wanted[0][0] in path:
                    skip = min(skip, path.index(wanted[0][0]))
            conv.unloaded_before = skip
            ids = path[skip:]
        conv.messages = self._fetch(ids)
        uids = {m: msg.uid for m, msg in zip(ids, conv.messages, strict=False)}
        parent_of = {kid: parent for parent, kids in children.items() for kid in kids}
        for mid in ids:
            siblings = children.get(parent_of.get(mid), [])
            if len(siblings) > 1 and mid in uids:
                conv.branches[uids[mid]] = (siblings.index(mid) + 1, len(siblings))
        if path:
            conv.current_leaf = self._read(
                "open the conversation", "SELECT uid FROM messages WHERE id = ?", (path[-1],)
            )[0][0]
        total = Usage()
        for model, prompt, completion, estimated in self._read(
            "open the conversation",
            "SELECT model, SUM(COALESCE(prompt_tokens, 0)), SUM(COALESCE(completion_tokens, 0)),"
            " MAX(usage_estimated) FROM messages WHERE conversation_id = ?"
            " AND (prompt_tokens IS NOT NULL OR completion_tokens IS NOT NULL) GROUP BY model",
            (cid,),
        ):
            usage = Usage(prompt or 0, completion or 0, bool(estimated))
            conv.usage_by_model[model] = usage
            total = total + usage
        conv.total_usage = total
        return conv

    def load_older(self, uid: str, count: int) -> list[Message]:
        """The first ``count`` messages of the shown branch (the ones a tail load left out)."""
        head = self._head(uid)
        if head is None:
            return []
        cid, _, leaf = head
        path, _ = self._tree(cid, leaf)
        return self._fetch(path[:count])

    def switch_branch(self, conversation_uid: str, message_uid: str) -> None:
        """Show the branch through ``message_uid``, down to its most recent reply."""

        def switch(db: sqlite3.Connection) -> None:
            row = db.execute("SELECT id FROM messages WHERE uid = ?", (message_uid,)).fetchone()
            if row is None:
                return
            node = row[0]
            while True:
                child = db.execute(
                    "SELECT MAX(id) FROM messages WHERE parent_id = ?", (node,)
                ).fetchone()[0]
                if child is None:
                    break
                node = child
            db.execute(
                "UPDATE conversations SET current_leaf = ? WHERE uid = ?", (node, conversation_uid)
            )

        self._write("switch the branch", switch)

    def switch_to_sibling(self, conversation_uid: str, message_uid: str, step: int) -> bool:
        """Show the previous (-1) or next (+1) version of a message; False at either end."""
        rows = self._read(
            "switch the branch",
            "SELECT s.uid FROM messages m JOIN messages s ON s.conversation_id = m.conversation_id"
            " AND s.parent_id IS m.parent_id WHERE m.uid = ? ORDER BY s.id",
            (message_uid,),
        )
        siblings = [r[0] for r in rows]
        if message_uid not in siblings:
            return False
        index = siblings.index(message_uid) + step
        if not 0 <= index < len(siblings):
            return False
        self.switch_branch(conversation_uid, siblings[index])
        return True

    _MESSAGE_COLUMNS = (
        "m.uid, p.uid, m.role, m.content, m.model, m.created, m.status, m.finish_reason,"
        " m.prompt_tokens, m.completion_tokens, m.usage_estimated, m.ttft_ms, m.duration_ms,"
        " m.reasoning"
    )

    def rename(self, uid: str, title: str) -> None:
        self._write(
            "rename the conversation",
            lambda db: db.execute("UPDATE conversations SET title = ? WHERE uid = ?", (title, uid)),
        )

    def set_pinned(self, uid: str, pinned: bool) -> None:
        self._write(
            "pin the conversation",
            lambda db: db.execute(
                "UPDATE conversations SET pinned = ? WHERE uid = ?", (int(pinned), uid)
            ),
        )

    def delete_conversation(self, uid: str) -> None:
        def delete(db: sqlite3.Connection) -> None:
            # Messages first, explicitly, so the search index triggers see every row.
            db.execute(
                "DELETE FROM messages WHERE conversation_id = "
                "(SELECT id FROM conversations WHERE uid = ?)",
                (uid,),
            )
            db.execute("DELETE FROM conversations WHERE uid = ?", (uid,))

        self._write("delete the conversation", delete)

    # -- messages ----------------------------------------------------------------------

    def add_message(self, conversation_uid: str, msg: Message, updated: float) -> None:
        """Append a message; it becomes the end of the shown branch."""

        writer = self._writer.token if self._writer and msg.status is STREAMING else None

        def add(db: sqlite3.Connection) -> None:
            _insert_message(db, conversation_uid, msg, writer)
            db.execute(
                "UPDATE conversations SET updated = ?, current_leaf = "
                "(SELECT id FROM messages WHERE uid = ?) WHERE uid = ?",
                (updated, msg.uid, conversation_uid),
            )

        self._write("save the message", add)

    def update_content(self, uid: str, content: str) -> None:
        """Save a streaming reply's text so far (called about once a second)."""
        self._write(
            "save the reply",
            lambda db: db.execute("UPDATE messages SET content = ? WHERE uid = ?", (content, uid)),
        )

    def update_message(self, msg: Message) -> None:
        """Save a finished (or stopped, or broken) reply with its usage and timings.

        Saved as streaming (a continued reply), it is stamped with this writer too."""
        writer = self._writer.token if self._writer and msg.status is STREAMING else None
        self._write(
            "save the reply",
            lambda db: db.execute(
                "UPDATE messages SET content = ?, status = ?, finish_reason = ?, model = ?,"
                " prompt_tokens = ?, completion_tokens = ?, usage_estimated = ?,"
                " ttft_ms = ?, duration_ms = ?, reasoning = ?, writer = COALESCE(?, writer)"
                " WHERE uid = ?",
                (
                    msg.content,
                    str(msg.status),
                    msg.finish_reason,
                    msg.model,
                    *_usage_columns(msg),
                    msg.ttft_ms,
                    msg.duration_ms,
                    msg.reasoning,
                    writer,
                    msg.uid,
                ),
            ),
        )

    def delete_messages(self, uids: list[str]) -> None:
        """Delete messages; their replies move up to the deleted message's parent."""

        def delete(db: sqlite3.Connection) -> None:
            for uid in uids:
                row = db.execute(
                    "SELECT id, parent_id FROM messages WHERE uid = ?", (uid,)
                ).fetchone()
                if row is None:
                    continue
                mid, parent = row
                db.execute("UPDATE messages SET parent_id = ? WHERE parent_id = ?", (parent, mid))
                db.execute(
                    "UPDATE conversations SET current_leaf = ? WHERE current_leaf = ?",
                    (parent, mid),
                )
                db.execute("DELETE FROM messages WHERE id = ?", (mid,))

        self._write("delete the message", delete)

    # -- search and usage -------------------------------------------------------------------

    def search(self, query: str, limit: int = 30) -> list[SearchHit]:
        """Messages matching every word of ``query`` (prefixes too), newest first."""
        words = re.findall(r"\w+", query)
        if not words:
            return []
        start, end = _markers()
        if self.full_text:
            match = " ".join(f'"{w}"*' for w in words)
            # Newest first straight from the index: FTS5 walks its doclists backwards and
            # stops at the limit, so a common word costs no more than a rare one.
            rows = self._read(
                "search",
                """
                SELECT c.uid, c.title, m.uid, m.role, hit.snip, m.created
                FROM (
                    SELECT rowid AS id,
                           snippet(messages_fts, 0, ?, ?, '…', 12) AS snip
                    FROM messages_fts WHERE messages_fts MATCH ?
                    ORDER BY rowid DESC LIMIT ?
                ) hit
                JOIN messages m ON m.id = hit.id
                JOIN conversations c ON c.id = m.conversation_id
                ORDER BY m.id DESC
                """,
                (start, end, match, limit),
            )
        else:
            where = " AND ".join("m.content LIKE ? ESCAPE '\\'" for _ in words)
            args = tuple(f"%{_like_escape(w)}%" for w in words)
            found = self._read(
                "search",
                f"SELECT c.uid, c.title, m.uid, m.role, m.content, m.created FROM messages m "
                f"JOIN conversations c ON c.id = m.conversation_id WHERE {where} "
                "ORDER BY m.id DESC LIMIT ?",
                (*args, limit),
            )
            rows = [(*r[:4], _like_snippet(r[4], words, start, end), r[5]) for r in found]
        return [
            SearchHit(r[0], r[1], r[2], r[3], _snippet_html(r[4], start, end), r[5]) for r in rows
        ]

    def usage(self, period: str = "day") -> list[UsageRow]:
        """Token totals of replies per day or month and per model, newest first."""
        fmt = {"day": "%Y-%m-%d", "month": "%Y-%m"}[period]
        rows = self._read(
            "read usage",
            f"""
            SELECT strftime('{fmt}', created, 'unixepoch', 'localtime') AS period, model,
                   COUNT(*), SUM(COALESCE(prompt_tokens, 0)), SUM(COALESCE(completion_tokens, 0)),
                   MAX(usage_estimated)
            FROM messages
            WHERE role = 'assistant'
              AND (prompt_tokens IS NOT NULL OR completion_tokens IS NOT NULL)
            GROUP BY period, model ORDER BY period DESC, model
            """,
        )
        return [UsageRow(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    # -- export and import ---------------------------------------------------------------------

    def _conversations_for_export(
        self, uid: str | None, all_branches: bool
    ) -> Iterator[Conversation]:
        uids = [uid] if uid is not None else [
            r[0] for r in self._read("export", "SELECT uid FROM conversations ORDER BY created, id")
        ]  # fmt: skip
        for cuid in uids:
            conv = self.load_conversation(cuid, all_branches=all_branches)
            if conv is None:
                raise StorageError(f"There is no conversation {cuid}.")
            yield conv

    def export_json(self, out: IO[str], uid: str | None = None) -> int:
        """Write a chatdesk JSON export; returns the number of conversations."""
        out.write(export.document_head())
        count = 0
        # Every branch, so a re-import loses nothing; ``current_leaf`` says which is shown.
        for conv in self._conversations_for_export(uid, all_branches=True):
            if count:
                out.write(", ")
            out.write(json.dumps(export.conversation_to_json(conv), ensure_ascii=False))
            count += 1
        out.write("]}\n")
        return count

    def export_markdown(self, out: IO[str], uid: str | None = None) -> int:
        count = 0
        for conv in self._conversations_for_export(uid, all_branches=False):  # what is shown
            if count:
                out.write("\n---\n\n")
            out.write(export.to_markdown(conv))
            count += 1
        return count

    def find_conversation(self, ref: str) -> str | None:
        """A conversation's uid from its uid or a unique uid prefix (as the CLI accepts)."""
        rows = self._read(
            "find the conversation",
            "SELECT uid FROM conversations WHERE uid = ? OR uid LIKE ? ESCAPE '\\' LIMIT 2",
            (ref, _like_escape(ref) + "%"),
        )
        exact = [r[0] for r in rows if r[0] == ref]
        if exact:
            return str(exact[0])
        return str(rows[0][0]) if len(rows) == 1 else None

    def import_conversations(self, conversations: list[Conversation]) -> tuple[int, int]:
        """Store conversations in one transaction; ones already present are skipped.

        Returns ``(imported, skipped)``.
        """

        def run(db: sqlite3.Connection) -> tuple[int, int]:
            imported = skipped = 0
            for conv in conversations:
                exists = db.execute(
                    "SELECT 1 FROM conversations WHERE uid = ?", (conv.uid,)
                ).fetchone()
                if exists:
                    skipped += 1
                    continue
                self._upsert_conversation(db, conv)
                renamed: dict[str, str] = {}
                for msg in conv.messages:
                    if _uid_taken(db, msg.uid):
                        renamed[msg.uid] = _free_uid(db, f"{conv.uid}-{msg.uid}")
                    if renamed:
                        msg = dataclasses.replace(
                            msg,
                            uid=renamed.get(msg.uid, msg.uid),
                            parent_uid=renamed.get(msg.parent_uid or "", msg.parent_uid),
                        )
                    _insert_message(db, conv.uid, msg)
                if conv.current_leaf:
                    leaf = renamed.get(conv.current_leaf, conv.current_leaf)
                    db.execute(
                        "UPDATE conversations SET current_leaf = "
                        "(SELECT id FROM messages WHERE uid = ?) WHERE uid = ?",
                        (leaf, conv.uid),
                    )
                imported += 1
            return imported, skipped

        result: tuple[int, int] = self._write("import", run)
        return result


def _insert_message(
    db: sqlite3.Connection, conversation_uid: str, msg: Message, writer: str | None = None
) -> None:
    """Insert ``msg``; ``writer`` is the token of the process streaming it, if any."""
    db.execute(
        "INSERT INTO messages(uid, conversation_id, parent_id, role, content, model, created,"
        " status, finish_reason, prompt_tokens, completion_tokens, usage_estimated, ttft_ms,"
        " duration_ms, reasoning, writer) VALUES (?, (SELECT id FROM conversations WHERE uid = ?),"
        " (SELECT id FROM messages WHERE uid = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            msg.uid,
            conversation_uid,
            msg.parent_uid,
            str(msg.role),
            msg.content,
            msg.model,
            msg.created,
            str(msg.status),
            msg.finish_reason,
            *_usage_columns(msg),
            msg.ttft_ms,
            msg.duration_ms,
            msg.reasoning,
            writer,
        ),
    )
    if msg.attachments:
        db.executemany(
            "INSERT INTO attachments(message_id, position, kind, name, mime, data) VALUES "
            "((SELECT id FROM messages WHERE uid = ?), ?, ?, ?, ?, ?)",
            [(msg.uid, n, a.kind, a.name, a.mime, a.data) for n, a in enumerate(msg.attachments)],
        )


def _uid_taken(db: sqlite3.Connection, uid: str) -> bool:
    return db.execute("SELECT 1 FROM messages WHERE uid = ?", (uid,)).fetchone() is not None


def _free_uid(db: sqlite3.Connection, wanted: str) -> str:
    """``wanted``, or ``wanted`` with a number added when a message already has it."""
    uid, n = wanted, 1
    while _uid_taken(db, uid):
        n += 1
        uid = f"{wanted}-{n}"
    return uid


def _usage_columns(msg: Message) -> tuple[int | None, int | None, int]:
    """``prompt_tokens, completion_tokens, usage_estimated`` as stored."""
    usage = msg.usage
    if usage is None:
        return None, None, 0
    return usage.prompt_tokens, usage.completion_tokens, int(usage.estimated)


def _message(row: tuple[Any, ...]) -> Message:
    (uid, parent, role, content, model, created, status, finish, prompt, completion, est,
     ttft, duration, reasoning) = row  # fmt: skip
    usage = None
    if prompt is not None or completion is not None:
        usage = Usage(prompt or 0, completion or 0, bool(est))
    return Message(
        Role(role),
        content,
        MessageStatus(status),
        finish,
        usage,
        uid=uid,
        parent_uid=parent,
        model=model,
        created=created,
        ttft_ms=ttft,
        duration_ms=duration,
        reasoning=reasoning or "",
    )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _markers() -> tuple[str, str]:
    """Highlight markers for one search, unguessable so no stored text can contain them.

    Fixed markers (one private-use character each) were matched inside messages that
    contained those characters, which unbalanced the highlighting.
    """

    def one() -> str:
        return "".join(chr(0xE000 + secrets.randbelow(0x1900)) for _ in range(8))

    return one(), one()


def _like_snippet(content: str, words: list[str], start: str, end: str, width: int = 60) -> str:
    low = content.lower()
    pos = min((p for w in words if (p := low.find(w.lower())) >= 0), default=0)
    begin = max(0, pos - width // 2)
    text = content[begin : begin + width * 2]
    longest_first = sorted(set(words), key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(w) for w in longest_first), re.IGNORECASE)
    text = pattern.sub(lambda m: start + m.group(0) + end, text)
    return ("…" if begin else "") + text + ("…" if begin + width * 2 < len(content) else "")


def _snippet_html(snippet: str, start: str, end: str) -> str:
    """Escaped text with the marked matches in ``<b>``, always balanced."""
    flat = " ".join(snippet.split())
    out: list[str] = []
    bold = False
    for piece in re.split(f"({re.escape(start)}|{re.escape(end)})", flat):
        if piece in (start, end):
            if bold != (piece == start):
                bold = not bold
                out.append("<b>" if bold else "</b>")
        else:
            out.append(html.escape(piece))
    if bold:
        out.append("</b>")
    return "".join(out)


def _json_or_none(text: str | None) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None
