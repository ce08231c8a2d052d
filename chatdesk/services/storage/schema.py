"""The history's schema: every version's DDL, and the one loop that moves a file forward.

The version lives in ``PRAGMA user_version``; ``MIGRATIONS[n - 1]`` produces version ``n``,
each step in its own transaction, so a file is always at some whole version. A file from
a newer chatdesk is refused, not touched. Documented in ``docs/history-schema.md``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from chatdesk.core.i18n import tr
from chatdesk.services.storage.database import transaction
from chatdesk.services.storage.errors import StorageError

log = logging.getLogger(__name__)


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


def _v8_length(db: sqlite3.Connection) -> None:
    """The conversation's current length: the estimated tokens of its next request (0
    until the window measures it), shown next to what its requests were billed."""
    db.execute("ALTER TABLE conversations ADD COLUMN length_tokens INTEGER NOT NULL DEFAULT 0")


def _v9_tools(db: sqlite3.Connection) -> None:
    """Tool calling: an assistant message's calls (JSON), a tool message's call record
    (JSON), and ``tool`` as a role.

    Widening the role's CHECK is SQLite's documented in-place edit of the table's stored
    definition (every existing row satisfies the wider check), rather than rebuilding a
    table that attachments, branches and full-text search refer to."""
    db.execute("ALTER TABLE messages ADD COLUMN tool_calls TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE messages ADD COLUMN tool_run TEXT NOT NULL DEFAULT ''")
    old, new = "('system', 'user', 'assistant')", "('system', 'user', 'assistant', 'tool')"
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?)"
            " WHERE type = 'table' AND name = 'messages'",
            (old, new),
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


def _v10_projects(db: sqlite3.Connection) -> None:
    """Projects: named groups of conversations, one level deep, with defaults for the
    conversations started in them. Deleting a project leaves its conversations unfiled
    (``ON DELETE SET NULL``) unless they are deleted first."""
    _run(
        db,
        [
            """CREATE TABLE projects(
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                created REAL NOT NULL,
                system_prompt TEXT NOT NULL DEFAULT '',
                profile TEXT NOT NULL DEFAULT '',
                model TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '{}',
                collapsed INTEGER NOT NULL DEFAULT 0
            )""",
            "ALTER TABLE conversations ADD COLUMN project_id INTEGER "
            "REFERENCES projects(id) ON DELETE SET NULL",
            "CREATE INDEX conversations_by_project ON conversations(project_id)",
        ],
    )


def _v11_attachment_text(db: sqlite3.Connection) -> None:
    """Full-text search over the text of attachments (text files and the text extracted
    from documents), which is stored with its message and nowhere else.

    ``attachments_fts`` is external-content like ``messages_fts``: it reads the text from
    the view ``attachment_text`` (text attachments only, their bytes as UTF-8), so the
    text is not stored twice. Triggers keep it in step; deleting a message or a
    conversation deletes its attachments by cascade, which runs the delete trigger.
    Created only beside ``messages_fts``: without FTS5 both fall back to ``LIKE``."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'messages_fts'").fetchone():
        return
    text = "CAST({row}.data AS TEXT)"
    _run(
        db,
        [
            "CREATE VIEW attachment_text AS SELECT id, CAST(data AS TEXT) AS text"
            " FROM attachments WHERE kind = 'text'",
            "CREATE VIRTUAL TABLE attachments_fts USING fts5(text, content='attachment_text', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
            f"""CREATE TRIGGER attachments_fts_insert AFTER INSERT ON attachments
                WHEN new.kind = 'text' BEGIN
                INSERT INTO attachments_fts(rowid, text) VALUES (new.id, {text.format(row="new")});
            END""",
            f"""CREATE TRIGGER attachments_fts_delete AFTER DELETE ON attachments
                WHEN old.kind = 'text' BEGIN
                INSERT INTO attachments_fts(attachments_fts, rowid, text)
                    VALUES ('delete', old.id, {text.format(row="old")});
            END""",
            f"""CREATE TRIGGER attachments_fts_update AFTER UPDATE ON attachments BEGIN
                INSERT INTO attachments_fts(attachments_fts, rowid, text)
                    SELECT 'delete', old.id, {text.format(row="old")} WHERE old.kind = 'text';
                INSERT INTO attachments_fts(rowid, text)
                    SELECT new.id, {text.format(row="new")} WHERE new.kind = 'text';
            END""",
            "INSERT INTO attachments_fts(attachments_fts) VALUES ('rebuild')",
        ],
    )


#: Forward migrations; index + 1 is the schema version each one produces.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_tables,
    _v2_full_text,
    _v3_branches,
    _v4_reasoning,
    _v5_attachments,
    _v6_profiles,
    _v7_writers,
    _v8_length,
    _v9_tools,
    _v10_projects,
    _v11_attachment_text,
]
SCHEMA_VERSION = len(MIGRATIONS)


def upgrade(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Migrate ``db`` from its version up to ``target``; refuse a newer file."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StorageError(
            tr(
                "The history was written by a newer chatdesk (schema {version}; this one "
                "knows {known}). Update chatdesk to open it."
            ).format(version=version, known=SCHEMA_VERSION)
        )
    for step in range(version + 1, target + 1):
        with transaction(db):
            MIGRATIONS[step - 1](db)
            db.execute(f"PRAGMA user_version = {step}")
        log.info("history migrated to schema %d", step)
