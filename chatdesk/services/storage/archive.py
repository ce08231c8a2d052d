"""Whole conversations in and out of the history: what an export reads, and an import's
one transaction. The files themselves, and their formats, are ``services/transfer.py``'s
and ``core/export.py``'s."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator

from chatdesk.core.i18n import tr
from chatdesk.core.messages import Conversation
from chatdesk.core.projects import Project
from chatdesk.services.storage.database import Database
from chatdesk.services.storage.errors import StorageError
from chatdesk.services.storage.projects import upsert_project
from chatdesk.services.storage.records import insert_message, upsert_conversation
from chatdesk.services.storage.tree import Alive, load_conversation


def conversations(
    db: Database,
    uid: str | None,
    alive: Alive,
    *,
    all_branches: bool,
    project: str | None = None,
) -> Iterator[Conversation]:
    """Conversation ``uid``, or every one (of ``project``, if given) oldest first, loaded
    one at a time.

    ``all_branches`` as in ``tree.load_conversation``; a missing ``uid`` or ``project``
    is a ``StorageError``."""
    if uid is not None:
        uids = [uid]
    elif project is not None:
        if not db.read("export", "SELECT 1 FROM projects WHERE uid = ?", (project,)):
            raise StorageError(tr("That project no longer exists."))
        uids = [
            r[0]
            for r in db.read(
                "export",
                "SELECT c.uid FROM conversations c JOIN projects p ON p.id = c.project_id"
                " WHERE p.uid = ? ORDER BY c.created, c.id",
                (project,),
            )
        ]
    else:
        uids = [
            r[0] for r in db.read("export", "SELECT uid FROM conversations ORDER BY created, id")
        ]
    for cuid in uids:
        conv = load_conversation(db, cuid, alive, all_branches=all_branches)
        if conv is None:
            raise StorageError(tr("There is no conversation {uid}.").format(uid=cuid))
        yield conv


def import_conversations(
    db: Database, incoming: list[Conversation], projects: Iterable[Project] = ()
) -> tuple[int, int]:
    """Store projects and conversations in one transaction; ones already present (by
    uid) are skipped, so a project already here keeps its name and defaults.

    A conversation goes into its project when that is here or in ``projects``. A message
    whose uid another conversation already uses is renamed ``<conversation uid>-<message
    uid>``. Returns ``(imported, skipped)`` conversations.
    """

    def run(c: sqlite3.Connection) -> tuple[int, int]:
        for project in projects:
            if not c.execute("SELECT 1 FROM projects WHERE uid = ?", (project.uid,)).fetchone():
                upsert_project(c, project)
        imported = skipped = 0
        for conv in incoming:
            if c.execute("SELECT 1 FROM conversations WHERE uid = ?", (conv.uid,)).fetchone():
                skipped += 1
                continue
            upsert_conversation(c, conv)
            renamed: dict[str, str] = {}
            for msg in conv.messages:
                if _uid_taken(c, msg.uid):
                    renamed[msg.uid] = _free_uid(c, f"{conv.uid}-{msg.uid}")
                if renamed:
                    msg = dataclasses.replace(
                        msg,
                        uid=renamed.get(msg.uid, msg.uid),
                        parent_uid=renamed.get(msg.parent_uid or "", msg.parent_uid),
                    )
                insert_message(c, conv.uid, msg)
            if conv.current_leaf:
                leaf = renamed.get(conv.current_leaf, conv.current_leaf)
                c.execute(
                    "UPDATE conversations SET current_leaf = "
                    "(SELECT id FROM messages WHERE uid = ?) WHERE uid = ?",
                    (leaf, conv.uid),
                )
            imported += 1
        return imported, skipped

    return db.write("import", run)


def _uid_taken(c: sqlite3.Connection, uid: str) -> bool:
    return c.execute("SELECT 1 FROM messages WHERE uid = ?", (uid,)).fetchone() is not None


def _free_uid(c: sqlite3.Connection, wanted: str) -> str:
    """``wanted``, or ``wanted`` with a number added when a message already has it."""
    uid, n = wanted, 1
    while _uid_taken(c, uid):
        n += 1
        uid = f"{wanted}-{n}"
    return uid
