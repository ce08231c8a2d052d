"""A conversation's messages as a tree: reading the shown branch, adding to it, switching it.

Every message points at its parent; an edited message or a regenerated reply is a
sibling of the one it replaces, and ``conversations.current_leaf`` is where the shown
branch ends. Long conversations load only their latest messages (``tail``); the rest
comes with ``load_older``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from chatdesk.core.attachments import Attachment
from chatdesk.core.messages import Conversation, Message, MessageStatus
from chatdesk.core.usage import Usage
from chatdesk.services.storage.database import Database
from chatdesk.services.storage.records import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    conversation_from_row,
    insert_message,
    message_from_row,
    tool_calls_json,
    usage_columns,
)

#: Whether the process with this writer token still streams its reply.
Alive = Callable[[str | None], bool]

_OPEN = "open the conversation"
_CHUNK = 500  # ids per query: SQLite limits the number of parameters


def load_conversation(
    db: Database,
    uid: str,
    alive: Alive,
    *,
    tail: int | None = None,
    including: str | None = None,
    all_branches: bool = False,
) -> Conversation | None:
    """A conversation with the messages of its shown branch, or only its latest ``tail``.

    With ``tail``, ``unloaded_before`` counts the older messages left in the database
    (``load_older`` fetches them); ``including`` widens the tail so that message is loaded
    too (a search result to jump to). ``all_branches`` loads every message of every branch
    in creation order (for the JSON export). A streaming reply whose writer is not
    ``alive`` reads as incomplete.
    """
    head = _head(db, uid)
    if head is None:
        return None
    cid, conv, leaf = head
    path, children = _tree(db, cid, leaf)
    ids = path
    if all_branches:
        ids = sorted({m for kids in children.values() for m in kids})
    elif tail is not None:
        skip = max(0, len(path) - tail)
        if including:
            wanted = db.read(_OPEN, "SELECT id FROM messages WHERE uid = ?", (including,))
            if wanted and wanted[0][0] in path:
                skip = min(skip, path.index(wanted[0][0]))
        conv.unloaded_before = skip
        ids = path[skip:]
    conv.messages = _fetch(db, ids, alive)
    uids = {m: msg.uid for m, msg in zip(ids, conv.messages, strict=False)}
    parent_of = {kid: parent for parent, kids in children.items() for kid in kids}
    for mid in ids:
        siblings = children.get(parent_of.get(mid), [])
        if len(siblings) > 1 and mid in uids:
            conv.branches[uids[mid]] = (siblings.index(mid) + 1, len(siblings))
    if path:
        leaf_uid = db.read(_OPEN, "SELECT uid FROM messages WHERE id = ?", (path[-1],))
        conv.current_leaf = leaf_uid[0][0]
    total = Usage()
    for model, prompt, completion, estimated in db.read(
        _OPEN,
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


def load_older(db: Database, uid: str, count: int, alive: Alive) -> list[Message]:
    """The first ``count`` messages of the shown branch (the ones a tail load left out)."""
    head = _head(db, uid)
    if head is None:
        return []
    cid, _, leaf = head
    path, _ = _tree(db, cid, leaf)
    return _fetch(db, path[:count], alive)


def _head(db: Database, uid: str) -> tuple[int, Conversation, int | None] | None:
    """A conversation's id, its own fields, and the id its shown branch ends at."""
    rows = db.read(
        _OPEN, f"SELECT id, {CONVERSATION_COLUMNS} FROM conversations WHERE uid = ?", (uid,)
    )
    if not rows:
        return None
    conv, leaf = conversation_from_row(rows[0][1:])
    return rows[0][0], conv, leaf


def _tree(
    db: Database, cid: int, leaf: int | None
) -> tuple[list[int], dict[int | None, list[int]]]:
    """The shown branch (root to leaf ids) and every message's children, in order."""
    rows = db.read(
        _OPEN, "SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id", (cid,)
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


def _fetch(db: Database, ids: list[int], alive: Alive) -> list[Message]:
    """Messages by id, in the order given, with their attachments."""
    by_id: dict[int, Message] = {}
    known: dict[str | None, bool] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = tuple(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for row in db.read(
            _OPEN,
            f"SELECT m.id, m.writer, {MESSAGE_COLUMNS} FROM messages m "
            f"LEFT JOIN messages p ON p.id = m.parent_id WHERE m.id IN ({marks})",
            chunk,
        ):
            msg = by_id[row[0]] = message_from_row(row[2:])
            if msg.status is MessageStatus.STREAMING:
                writer = row[1]
                if writer not in known:
                    known[writer] = alive(writer)
                if not known[writer]:
                    msg.status = MessageStatus.INCOMPLETE  # its window is gone
        files: dict[int, list[Attachment]] = {}
        for mid, kind, name, mime, data in db.read(
            _OPEN,
            f"SELECT message_id, kind, name, mime, data FROM attachments "
            f"WHERE message_id IN ({marks}) ORDER BY message_id, position",
            chunk,
        ):
            files.setdefault(mid, []).append(Attachment(kind, name, mime, bytes(data)))
        for mid, attached in files.items():
            if mid in by_id:
                by_id[mid].attachments = tuple(attached)
    return [by_id[i] for i in ids if i in by_id]


# -- changing the tree -----------------------------------------------------------------


def add_message(
    db: Database, conversation_uid: str, msg: Message, updated: float, writer: str | None
) -> None:
    """Append a message; it becomes the end of the shown branch."""
    add_messages(db, conversation_uid, [(msg, writer)], updated)


def add_messages(
    db: Database,
    conversation_uid: str,
    written: list[tuple[Message, str | None]],
    updated: float,
) -> None:
    """Append messages (each with its writer) in one transaction, in order; the last
    becomes the end of the shown branch. Compared replies are all stored, or none."""
    if written:
        db.write("save the message", lambda c: append(c, conversation_uid, written, updated))


def append(
    c: sqlite3.Connection,
    conversation_uid: str,
    written: list[tuple[Message, str | None]],
    updated: float,
) -> None:
    """``add_messages`` inside a transaction the caller holds."""
    for msg, writer in written:
        insert_message(c, conversation_uid, msg, writer)
    c.execute(
        "UPDATE conversations SET updated = ?, current_leaf = "
        "(SELECT id FROM messages WHERE uid = ?) WHERE uid = ?",
        (updated, written[-1][0].uid, conversation_uid),
    )


def update_content(db: Database, uid: str, content: str) -> None:
    """Save a streaming reply's text so far (called about once a second)."""
    db.write(
        "save the reply",
        lambda c: c.execute("UPDATE messages SET content = ? WHERE uid = ?", (content, uid)),
    )


def update_message(db: Database, msg: Message, writer: str | None) -> None:
    """Save a finished (or stopped, or broken) reply with its usage and timings; a
    ``writer`` (saved as streaming again) replaces the one stored.

    A reply whose row is not there (its insert failed as it started: a full disk, a
    locked file) is stored now, under its question, rather than counted saved with no
    row changed. If its question is gone too, its conversation was deleted meanwhile:
    there is nothing to keep it in."""

    def save(c: sqlite3.Connection) -> None:
        changed = c.execute(
            "UPDATE messages SET content = ?, status = ?, finish_reason = ?, model = ?,"
            " prompt_tokens = ?, completion_tokens = ?, usage_estimated = ?,"
            " ttft_ms = ?, duration_ms = ?, reasoning = ?, writer = COALESCE(?, writer),"
            " tool_calls = ? WHERE uid = ?",
            (
                msg.content,
                str(msg.status),
                msg.finish_reason,
                msg.model,
                *usage_columns(msg),
                msg.ttft_ms,
                msg.duration_ms,
                msg.reasoning,
                writer,
                tool_calls_json(msg),
                msg.uid,
            ),
        ).rowcount
        if not changed:
            _insert_missing(c, msg, writer)

    db.write("save the reply", save)


def _insert_missing(c: sqlite3.Connection, msg: Message, writer: str | None) -> None:
    """Store a reply that has no row yet, under its question; it is shown if its
    question is where the conversation's shown branch ends."""
    found = c.execute(
        "SELECT c.uid FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        " WHERE m.uid = ?",
        (msg.parent_uid,),
    ).fetchone()
    if found is None:
        return
    insert_message(c, found[0], msg, writer)
    c.execute(
        "UPDATE conversations SET current_leaf = (SELECT id FROM messages WHERE uid = ?)"
        " WHERE uid = ? AND current_leaf = (SELECT id FROM messages WHERE uid = ?)",
        (msg.uid, found[0], msg.parent_uid),
    )


def delete_messages(db: Database, uids: list[str]) -> None:
    """Delete messages; their replies move up to the deleted message's parent."""

    def delete(c: sqlite3.Connection) -> None:
        for uid in uids:
            row = c.execute("SELECT id, parent_id FROM messages WHERE uid = ?", (uid,)).fetchone()
            if row is None:
                continue
            mid, parent = row
            c.execute("UPDATE messages SET parent_id = ? WHERE parent_id = ?", (parent, mid))
            c.execute(
                "UPDATE conversations SET current_leaf = ? WHERE current_leaf = ?", (parent, mid)
            )
            c.execute("DELETE FROM messages WHERE id = ?", (mid,))

    db.write("delete the message", delete)


def switch_branch(db: Database, conversation_uid: str, message_uid: str) -> None:
    """Show the branch through ``message_uid``, down to its most recent reply."""

    def switch(c: sqlite3.Connection) -> None:
        row = c.execute("SELECT id FROM messages WHERE uid = ?", (message_uid,)).fetchone()
        if row is None:
            return
        node = row[0]
        while True:
            child = c.execute(
                "SELECT MAX(id) FROM messages WHERE parent_id = ?", (node,)
            ).fetchone()[0]
            if child is None:
                break
            node = child
        c.execute(
            "UPDATE conversations SET current_leaf = ? WHERE uid = ?", (node, conversation_uid)
        )

    db.write("switch the branch", switch)


def switch_to_sibling(db: Database, conversation_uid: str, message_uid: str, step: int) -> bool:
    """Show the previous (-1) or next (+1) version of a message; False at either end."""
    rows = db.read(
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
    switch_branch(db, conversation_uid, siblings[index])
    return True
