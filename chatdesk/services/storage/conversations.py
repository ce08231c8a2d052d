"""Conversations as the sidebar sees them: listed, found by uid prefix, saved, renamed,
pinned and deleted (their messages are ``tree.py``'s)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from chatdesk.core.messages import Conversation
from chatdesk.services.storage.database import Database
from chatdesk.services.storage.records import upsert_conversation
from chatdesk.services.storage.search import like_escape


@dataclass(frozen=True)
class ConversationSummary:
    uid: str
    title: str
    updated: float
    pinned: bool
    model: str
    messages: int
    tokens: int
    """Every request's tokens added up: what the conversation was billed."""
    estimated: bool
    length_tokens: int = 0
    """Its current length, what the next request sends (0: not measured yet)."""
    project: str = ""
    """The uid of its project ("": none)."""


def list_conversations(db: Database) -> list[ConversationSummary]:
    """Pinned first, then most recently updated, with token totals, current length and
    project (the sidebar groups them by project, keeping this order in each group)."""
    rows = db.read(
        "list conversations",
        """
        SELECT c.uid, c.title, c.updated, c.pinned, c.model,
               COALESCE(t.n, 0), COALESCE(t.tokens, 0), COALESCE(t.estimated, 0),
               c.length_tokens, p.uid
        FROM conversations c
        LEFT JOIN projects p ON p.id = c.project_id
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
        ConversationSummary(
            r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], bool(r[7]), r[8], r[9] or ""
        )
        for r in rows
    ]


def find_conversation(db: Database, ref: str) -> str | None:
    """A conversation's uid from its uid or a unique uid prefix (as the CLI accepts)."""
    rows = db.read(
        "find the conversation",
        "SELECT uid FROM conversations WHERE uid = ? OR uid LIKE ? ESCAPE '\\' LIMIT 2",
        (ref, like_escape(ref) + "%"),
    )
    exact = [r[0] for r in rows if r[0] == ref]
    if exact:
        return str(exact[0])
    return str(rows[0][0]) if len(rows) == 1 else None


def save_conversation(db: Database, conv: Conversation) -> None:
    """Create or update a conversation's own fields (not its messages)."""
    db.write("save the conversation", lambda c: upsert_conversation(c, conv))


def rename(db: Database, uid: str, title: str) -> None:
    db.write(
        "rename the conversation",
        lambda c: c.execute("UPDATE conversations SET title = ? WHERE uid = ?", (title, uid)),
    )


def set_pinned(db: Database, uid: str, pinned: bool) -> None:
    db.write(
        "pin the conversation",
        lambda c: c.execute(
            "UPDATE conversations SET pinned = ? WHERE uid = ?", (int(pinned), uid)
        ),
    )


def delete_conversation(db: Database, uid: str) -> None:
    def delete(c: sqlite3.Connection) -> None:
        # Messages first, explicitly, so the search index triggers see every row.
        c.execute(
            "DELETE FROM messages WHERE conversation_id = "
            "(SELECT id FROM conversations WHERE uid = ?)",
            (uid,),
        )
        c.execute("DELETE FROM conversations WHERE uid = ?", (uid,))

    db.write("delete the conversation", delete)
