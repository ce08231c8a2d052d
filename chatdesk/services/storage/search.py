"""Queries across the whole history: full-text search and token usage.

Search uses SQLite's FTS5 index where it exists (schema version 2) and ``LIKE``
otherwise; either way the snippet is HTML-escaped text with the matches in ``<b>``.
"""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass

from chatdesk.services.storage.database import Database


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
    profile: str = ""
    """The server profile of the replies' conversation (the one it was last used with);
    what a price depends on: defaults apply only on servers that charge them."""


def search(
    db: Database, query: str, *, full_text: bool, limit: int = 30, project: str | None = None
) -> list[SearchHit]:
    """Messages matching every word of ``query`` (prefixes too), newest first.

    ``full_text``: whether the FTS5 index exists (otherwise ``LIKE``); ``project``: only
    in that project's conversations (None: everywhere)."""
    words = re.findall(r"\w+", query)
    if not words:
        return []
    start, end = _markers()
    if full_text and project is not None:
        # Filtered in the same walk of the index, newest first, so the limit counts only
        # the project's matches; snippets are made for the rows returned.
        rows = db.read(
            "search",
            """
            SELECT c.uid, c.title, m.uid, m.role,
                   snippet(messages_fts, 0, ?, ?, '…', 12), m.created
            FROM messages_fts
            JOIN messages m ON m.id = messages_fts.rowid
            JOIN conversations c ON c.id = m.conversation_id
            WHERE messages_fts MATCH ?
              AND c.project_id = (SELECT id FROM projects WHERE uid = ?)
            ORDER BY messages_fts.rowid DESC LIMIT ?
            """,
            (start, end, _match(words), project, limit),
        )
    elif full_text:
        match = _match(words)
        # Newest first straight from the index: FTS5 walks its doclists backwards and
        # stops at the limit, so a common word costs no more than a rare one.
        rows = db.read(
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
        args: tuple[str, ...] = tuple(f"%{like_escape(w)}%" for w in words)
        if project is not None:
            where += " AND c.project_id = (SELECT id FROM projects WHERE uid = ?)"
            args += (project,)
        found = db.read(
            "search",
            f"SELECT c.uid, c.title, m.uid, m.role, m.content, m.created FROM messages m "
            f"JOIN conversations c ON c.id = m.conversation_id WHERE {where} "
            "ORDER BY m.id DESC LIMIT ?",
            (*args, limit),
        )
        rows = [(*r[:4], _like_snippet(r[4], words, start, end), r[5]) for r in found]
    return [SearchHit(r[0], r[1], r[2], r[3], _snippet_html(r[4], start, end), r[5]) for r in rows]


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
