"""How the core's ``Conversation`` and ``Message`` map to rows, both ways.

The database's integer ids never leave the storage package: rows are found by ``uid``.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from chatdesk.core.messages import (
    Conversation,
    Message,
    MessageStatus,
    Role,
    tool_calls_from_json,
    tool_run_from_json,
    tool_run_to_json,
)
from chatdesk.core.params import Params
from chatdesk.core.usage import Usage

#: The columns ``message_from_row`` reads, from ``messages m`` joined to its parent ``p``.
MESSAGE_COLUMNS = (
    "m.uid, p.uid, m.role, m.content, m.model, m.created, m.status, m.finish_reason,"
    " m.prompt_tokens, m.completion_tokens, m.usage_estimated, m.ttft_ms, m.duration_ms,"
    " m.reasoning, m.tool_calls, m.tool_run"
)

#: The columns ``conversation_from_row`` reads, after the conversation's id.
CONVERSATION_COLUMNS = (
    "uid, title, created, updated, pinned, model, system_prompt, params, profile, current_leaf,"
    " length_tokens, (SELECT uid FROM projects WHERE id = project_id)"
)


def message_from_row(row: tuple[Any, ...]) -> Message:
    """A message from ``MESSAGE_COLUMNS`` (without its attachments)."""
    (uid, parent, role, content, model, created, status, finish, prompt, completion, est,
     ttft, duration, reasoning, calls, run) = row  # fmt: skip
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
        tool_calls=tool_calls_from_json(_json_or_none(calls)),
        tool_run=tool_run_from_json(_json_or_none(run)),
    )


def tool_calls_json(msg: Message) -> str:
    return json.dumps([c.as_api() for c in msg.tool_calls]) if msg.tool_calls else ""


def tool_run_json(msg: Message) -> str:
    return json.dumps(tool_run_to_json(msg.tool_run)) if msg.tool_run is not None else ""


def conversation_from_row(row: tuple[Any, ...]) -> tuple[Conversation, int | None]:
    """A conversation (without messages) from ``CONVERSATION_COLUMNS``, and the id of the
    message its shown branch ends at."""
    (uid, title, created, updated, pinned, model, system_prompt, params, profile,
     leaf, length, project) = row  # fmt: skip
    conv = Conversation(
        uid=uid,
        title=title,
        created=created,
        updated=updated,
        pinned=bool(pinned),
        model=model,
        system_prompt=system_prompt,
        params=Params.from_json(_json_or_none(params)),
        profile=profile or "",
        length_tokens=length or 0,
        project=project or "",
    )
    return conv, leaf


def usage_columns(msg: Message) -> tuple[int | None, int | None, int]:
    """``prompt_tokens, completion_tokens, usage_estimated`` as stored."""
    usage = msg.usage
    if usage is None:
        return None, None, 0
    return usage.prompt_tokens, usage.completion_tokens, int(usage.estimated)


def upsert_conversation(db: sqlite3.Connection, conv: Conversation) -> None:
    """Create or update a conversation's own fields (not its messages).

    Its project is set when it is created (a project that no longer exists: none) and
    changed only by ``projects.move``, so a save from a window that has not heard of a
    move yet never undoes it."""
    db.execute(
        "INSERT INTO conversations(uid, title, created, updated, pinned, model, system_prompt,"
        " params, profile, length_tokens, project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " (SELECT id FROM projects WHERE uid = ?))"
        " ON CONFLICT(uid) DO UPDATE SET"
        " title = excluded.title, updated = excluded.updated, pinned = excluded.pinned,"
        " model = excluded.model, system_prompt = excluded.system_prompt,"
        " params = excluded.params, profile = excluded.profile,"
        " length_tokens = excluded.length_tokens",
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
            conv.length_tokens,
            conv.project,
        ),
    )


def insert_message(
    db: sqlite3.Connection, conversation_uid: str, msg: Message, writer: str | None = None
) -> None:
    """Insert ``msg`` with its attachments; ``writer`` is the token of the process
    streaming it, if any."""
    db.execute(
        "INSERT INTO messages(uid, conversation_id, parent_id, role, content, model, created,"
        " status, finish_reason, prompt_tokens, completion_tokens, usage_estimated, ttft_ms,"
        " duration_ms, reasoning, writer, tool_calls, tool_run) VALUES"
        " (?, (SELECT id FROM conversations WHERE uid = ?),"
        " (SELECT id FROM messages WHERE uid = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            *usage_columns(msg),
            msg.ttft_ms,
            msg.duration_ms,
            msg.reasoning,
            writer,
            tool_calls_json(msg),
            tool_run_json(msg),
        ),
    )
    if msg.attachments:
        db.executemany(
            "INSERT INTO attachments(message_id, position, kind, name, mime, data) VALUES "
            "((SELECT id FROM messages WHERE uid = ?), ?, ?, ?, ?, ?)",
            [(msg.uid, n, a.kind, a.name, a.mime, a.data) for n, a in enumerate(msg.attachments)],
        )


def _json_or_none(text: str | None) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None
