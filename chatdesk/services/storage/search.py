"""Queries across the whole history: full-text search and token usage.

Search looks in messages' own text and in the text attached to them (text files and the
text extracted from documents, schema version 11), with SQLite's FTS5 indexes where they
exist (schema version 2) and ``LIKE`` otherwise; either way the snippet is HTML-escaped
text with the matches in ``<b>``, taken from where the match is.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import html
import re
import secrets
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

from chatdesk.services.storage.database import Database

_SEARCH = "search"
_CHUNK = 500  # ids per query: SQLite limits the number of parameters
_ATTACHED_TEXT = "CAST(a.data AS TEXT)"  # a text attachment's bytes are UTF-8
_IN_PROJECT = "AND c.project_id = (SELECT id FROM projects WHERE uid = ?)"
_DETAILS = "c.uid, c.title, m.uid, m.role, m.created"  # a hit's message and conversation


@dataclass(frozen=True)
class SearchHit:
    conversation_uid: str
    conversation_title: str
    message_uid: str
    role: str
    snippet_html: str
    """HTML-escaped text around the match, matches wrapped in ``<b>``."""
    created: float
    attachment: str = ""
    """The name of the attachment the snippet comes from; empty when it comes from the
    message's own text."""


@dataclass(frozen=True)
class UsageRow:
    period: str
    model: str
    replies: int
    prompt_tokens: int
    completion_tokens: int
    estimated: bool
    profile: str = ""
    """The server profile of the replies' conversation (the one it was last used with);
    what a price depends on: defaults apply only on servers that charge them."""


@dataclass(frozen=True)
class _Found:
    """A matching message by id, with its snippet (matches between the markers) or, for
    a match in an attachment, that attachment (its snippet is made once it is kept)."""

    message_id: int
    snippet: str = ""
    details: tuple[str, str, str, str, float] | None = None
    """``_DETAILS`` when the query that found it read them."""
    attachment_id: int | None = None
    attachment: str = ""


def search(
    db: Database, query: str, *, full_text: bool, limit: int = 30, project: str | None = None
) -> list[SearchHit]:
    """Messages matching every word of ``query`` (prefixes too), newest first.

    A message matches when its own text holds every word, or one of its text attachments
    does; it is listed once, with the snippet from its own text when both match.
    ``full_text``: whether the FTS5 indexes exist (otherwise ``LIKE``); ``project``: only
    in that project's conversations (None: everywhere)."""
    words = re.findall(r"\w+", query)
    if not words or limit <= 0:
        return []
    start, end = _markers()
    snippet: Callable[[int], str]
    if full_text:
        match = _match(words)
        own = _fts_messages(db, match, start, end, limit, project)
        since = _attachments_since(db, own, limit)
        attached = _fts_attachments(db, match, since, project)
        snippet = functools.partial(_fts_attachment_snippet, db, match, start, end)
    else:
        own = _like_messages(db, words, start, end, limit, project)
        since = _attachments_since(db, own, limit)
        attached = _like_attachments(db, words, since, project)
        snippet = functools.partial(_like_attachment_snippet, db, words, start, end)
    with contextlib.closing(attached):
        found = _newest(own, attached, limit)
    found = [
        dataclasses.replace(f, snippet=snippet(f.attachment_id))
        if f.attachment_id is not None
        else f
        for f in found
    ]
    return _hits(db, found, start, end)


def _newest(own: list[_Found], attached: Iterator[_Found], limit: int) -> list[_Found]:
    """The ``limit`` newest of ``own`` (the newest matches in messages' text, at most
    ``limit``) and ``attached`` (matches in attachments, newest first, read lazily).

    The attachments' walk stops once it is past the oldest of a full ``own``, or has
    found ``limit`` messages of its own: nothing after that can be among the newest.
    It goes by attachment id, which grows with the message id: a message's attachments
    are inserted with it."""
    found = {f.message_id: f for f in own}
    floor = own[-1].message_id if len(own) >= limit else None
    added = 0
    for hit in attached:
        if floor is not None and hit.message_id < floor:
            break
        if hit.message_id in found:
            continue  # its own text matches too, or an earlier attachment did
        found[hit.message_id] = hit
        added += 1
        if added >= limit:
            break
    return sorted(found.values(), key=lambda f: f.message_id, reverse=True)[:limit]


def _attachments_since(db: Database, own: list[_Found], limit: int) -> int | None:
    """The first attachment id worth walking (None: none is). With ``limit`` matches in
    messages' text, an attachment of a message older than the oldest of them cannot be
    among the newest; ``_newest`` checks only the rows in scope, so without this bound a
    search in one project would walk every other project's newer attachments."""
    if len(own) < limit:
        return 0
    rows = db.read(
        _SEARCH,
        "SELECT id FROM attachments WHERE message_id >= ? ORDER BY message_id, position LIMIT 1",
        (own[-1].message_id,),
    )
    return int(rows[0][0]) if rows else None


def _fts_messages(
    db: Database, match: str, start: str, end: str, limit: int, project: str | None
) -> list[_Found]:
    """Newest first straight from the index: FTS5 walks its doclists backwards and stops
    at the limit, so a common word costs no more than a rare one. A project filters in
    the same walk, so the limit counts only the project's matches; snippets are made for
    the rows returned."""
    where, args = (_IN_PROJECT, (project,)) if project is not None else ("", ())
    rows = db.read(
        _SEARCH,
        f"SELECT m.id, {_DETAILS}, snippet(messages_fts, 0, ?, ?, '…', 12) FROM messages_fts"
        " JOIN messages m ON m.id = messages_fts.rowid"
        " JOIN conversations c ON c.id = m.conversation_id"
        f" WHERE messages_fts MATCH ? {where} ORDER BY messages_fts.rowid DESC LIMIT ?",
        (start, end, match, *args, limit),
    )
    return [_Found(r[0], r[6], details=(r[1], r[2], r[3], r[4], r[5])) for r in rows]


def _attachment_scope(project: str | None) -> tuple[str, str, tuple[str, ...]]:
    """The joins, condition and arguments that keep attachments ``a`` in ``project``."""
    if project is None:
        return "", "", ()
    join = "JOIN messages m ON m.id = a.message_id JOIN conversations c ON c.id = m.conversation_id"
    return join, _IN_PROJECT, (project,)


def _attachment_hits(
    db: Database, sql: str, args: tuple[object, ...]
) -> Generator[_Found, None, None]:
    """The attachments ``sql`` selects as ``(message_id, id, name)``, in its order, read
    only as far as the caller goes; closing this closes the query."""
    with contextlib.closing(db.rows(_SEARCH, sql, args)) as rows:
        for message_id, attachment_id, name in rows:
            yield _Found(message_id, attachment_id=attachment_id, attachment=name)


def _fts_attachments(
    db: Database, match: str, since: int | None, project: str | None
) -> Generator[_Found, None, None]:
    """Attachments from id ``since`` on matching, newest first, from the index; no
    snippets (an attachment may hold half a megabyte of text, and most of those walked
    are not kept)."""
    if since is None:
        return
    join, where, args = _attachment_scope(project)
    yield from _attachment_hits(
        db,
        "SELECT a.message_id, a.id, a.name"
        f" FROM attachments_fts JOIN attachments a ON a.id = attachments_fts.rowid {join}"
        f" WHERE attachments_fts MATCH ? AND attachments_fts.rowid >= ? {where}"
        " ORDER BY attachments_fts.rowid DESC",
        (match, since, *args),
    )


def _fts_attachment_snippet(
    db: Database, match: str, start: str, end: str, attachment_id: int
) -> str:
    # As bytes: the stored text is UTF-8 when chatdesk made it, but an imported file's
    # need not be, and one bad byte must not fail the whole search.
    rows = db.read(
        _SEARCH,
        "SELECT CAST(snippet(attachments_fts, 0, ?, ?, '…', 12) AS BLOB) FROM attachments_fts"
        " WHERE attachments_fts MATCH ? AND rowid = ?",
        (start, end, match, attachment_id),
    )
    return bytes(rows[0][0]).decode("utf-8", "replace") if rows else ""


def _like_messages(
    db: Database, words: list[str], start: str, end: str, limit: int, project: str | None
) -> list[_Found]:
    where, args = (_IN_PROJECT, (project,)) if project is not None else ("", ())
    rows = db.read(
        _SEARCH,
        f"SELECT m.id, {_DETAILS}, m.content FROM messages m"
        " JOIN conversations c ON c.id = m.conversation_id"
        f" WHERE {_likes('m.content', words)} {where} ORDER BY m.id DESC LIMIT ?",
        (*_like_args(words), *args, limit),
    )
    return [
        _Found(r[0], _like_snippet(r[6], words, start, end), (r[1], r[2], r[3], r[4], r[5]))
        for r in rows
    ]


def _like_attachments(
    db: Database, words: list[str], since: int | None, project: str | None
) -> Generator[_Found, None, None]:
    if since is None:
        return
    join, where, args = _attachment_scope(project)
    yield from _attachment_hits(
        db,
        f"SELECT a.message_id, a.id, a.name FROM attachments a {join} WHERE a.id >= ?"
        f" AND a.kind = 'text' AND {_likes(_ATTACHED_TEXT, words)} {where} ORDER BY a.id DESC",
        (since, *_like_args(words), *args),
    )


def _like_attachment_snippet(
    db: Database, words: list[str], start: str, end: str, attachment_id: int
) -> str:
    rows = db.read(_SEARCH, "SELECT data FROM attachments WHERE id = ?", (attachment_id,))
    if not rows:
        return ""
    return _like_snippet(bytes(rows[0][0]).decode("utf-8", "replace"), words, start, end)


def _hits(db: Database, found: list[_Found], start: str, end: str) -> list[SearchHit]:
    """``found`` (newest first) as the caller sees them; the details of those found in
    attachments are read here."""
    details = {f.message_id: f.details for f in found if f.details is not None}
    missing = [f.message_id for f in found if f.details is None]
    for at in range(0, len(missing), _CHUNK):
        chunk = tuple(missing[at : at + _CHUNK])
        for mid, conversation, title, uid, role, created in db.read(
            _SEARCH,
            f"SELECT m.id, {_DETAILS} FROM messages m"
            " JOIN conversations c ON c.id = m.conversation_id"
            f" WHERE m.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            details[mid] = (conversation, title, uid, role, created)
    hits = []
    for f in found:
        if f.message_id in details:
            conversation, title, uid, role, created = details[f.message_id]
            snippet = _snippet_html(f.snippet, start, end)
            hits.append(SearchHit(conversation, title, uid, role, snippet, created, f.attachment))
    return hits


def usage(db: Database, period: str = "day") -> list[UsageRow]:
    """Token totals of replies per day or month, server profile and model, newest first.

    A reply counts under its conversation's profile: messages do not record theirs."""
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m"}[period]
    rows = db.read(
        "read usage",
        f"""
        SELECT strftime('{fmt}', m.created, 'unixepoch', 'localtime') AS period, m.model,
               COUNT(*), SUM(COALESCE(m.prompt_tokens, 0)),
               SUM(COALESCE(m.completion_tokens, 0)), MAX(m.usage_estimated), c.profile
        FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE m.role = 'assistant'
          AND (m.prompt_tokens IS NOT NULL OR m.completion_tokens IS NOT NULL)
        GROUP BY period, c.profile, m.model ORDER BY period DESC, c.profile, m.model
        """,
    )
    return [UsageRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in rows]


def _match(words: list[str]) -> str:
    """An FTS5 query matching every word as a prefix."""
    return " ".join(f'"{w}"*' for w in words)


def _likes(column: str, words: list[str]) -> str:
    """A condition that ``column`` holds every word (see ``_like_args``)."""
    return " AND ".join(f"{column} LIKE ? ESCAPE '\\'" for _ in words)


def _like_args(words: list[str]) -> tuple[str, ...]:
    return tuple(f"%{like_escape(w)}%" for w in words)


def like_escape(text: str) -> str:
    """``text`` matched literally by ``LIKE … ESCAPE '\\'``."""
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
