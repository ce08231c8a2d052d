"""Projects (schema version 10): listed, saved, folded, deleted, and conversations moved
in and out. Which project a conversation is in is ``conversations.project_id``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from chatdesk.core.i18n import tr
from chatdesk.core.params import Params
from chatdesk.core.projects import Project, by_name
from chatdesk.services.storage.database import Database
from chatdesk.services.storage.errors import StorageError

_COLUMNS = "uid, name, created, system_prompt, profile, model, params, collapsed"


def project_from_row(row: tuple[Any, ...]) -> Project:
    uid, name, created, system_prompt, profile, model, params, collapsed = row
    try:
        stored = json.loads(params) if params else None
    except ValueError:
        stored = None
    return Project(
        uid=uid,
        name=name,
        created=created,
        system_prompt=system_prompt,
        profile=profile,
        model=model,
        params=Params.from_json(stored),
        collapsed=bool(collapsed),
    )


def list_projects(db: Database) -> list[Project]:
    """Every project, by name."""
    rows = db.read("list projects", f"SELECT {_COLUMNS} FROM projects")
    return by_name([project_from_row(r) for r in rows])


def upsert_project(c: sqlite3.Connection, project: Project) -> None:
    """Create or update a project: its name and defaults (its folded state is the
    window's, set by ``set_collapsed``)."""
    c.execute(
        f"INSERT INTO projects({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(uid) DO UPDATE SET name = excluded.name,"
        " system_prompt = excluded.system_prompt, profile = excluded.profile,"
        " model = excluded.model, params = excluded.params",
        (
            project.uid,
            project.name,
            project.created,
            project.system_prompt,
            project.profile,
            project.model,
            json.dumps(project.params.to_json()),
            int(project.collapsed),
        ),
    )


def save_project(db: Database, project: Project) -> None:
    if not project.name:
        raise StorageError(tr("A project needs a name."))
    db.write("save the project", lambda c: upsert_project(c, project))


def set_collapsed(db: Database, uid: str, collapsed: bool) -> None:
    db.write(
        "save the project",
        lambda c: c.execute(
            "UPDATE projects SET collapsed = ? WHERE uid = ?", (int(collapsed), uid)
        ),
    )


def move(db: Database, conversation_uids: Iterable[str], project_uid: str) -> int:
    """Put conversations in project ``project_uid`` ("": out of any); returns how many
    moved. A project that is gone is a ``StorageError`` (nothing moves)."""
    uids = list(conversation_uids)

    def run(c: sqlite3.Connection) -> int:
        target = None
        if project_uid:
            row = c.execute("SELECT id FROM projects WHERE uid = ?", (project_uid,)).fetchone()
            if row is None:
                raise StorageError(tr("That project no longer exists."))
            target = row[0]
        return sum(
            c.execute(
                "UPDATE conversations SET project_id = ? WHERE uid = ? AND project_id IS NOT ?",
                (target, uid, target),
            ).rowcount
            for uid in uids
        )

    return db.write("move the conversation", run)


def delete_project(db: Database, uid: str, *, keep_conversations: bool) -> list[str]:
    """Delete a project; its conversations move out of it, or are deleted with it.
    Returns the uids of the conversations deleted."""

    def run(c: sqlite3.Connection) -> list[str]:
        row = c.execute("SELECT id FROM projects WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            return []
        gone: list[str] = []
        if not keep_conversations:
            gone = [
                r[0]
                for r in c.execute(
                    "SELECT uid FROM conversations WHERE project_id = ?", (row[0],)
                ).fetchall()
            ]
            # Messages first, explicitly, so the search index triggers see every row.
            c.execute(
                "DELETE FROM messages WHERE conversation_id IN "
                "(SELECT id FROM conversations WHERE project_id = ?)",
                (row[0],),
            )
            c.execute("DELETE FROM conversations WHERE project_id = ?", (row[0],))
        c.execute("UPDATE conversations SET project_id = NULL WHERE project_id = ?", (row[0],))
        c.execute("DELETE FROM projects WHERE id = ?", (row[0],))
        return gone

    return db.write("delete the project", run)
