"""Syntax highlighting in a separate process, with a time budget.

Some Pygments lexers backtrack exponentially on input a model can choose (a Scala string
of backslashes takes seconds, and 4 more backslashes take 7x longer). Python's ``re`` holds
the GIL for the whole match, so a thread cannot protect the UI: the lexer runs in a child
process, and a call that overruns its budget kills the child and answers ``None`` (the
caller shows plain monospace). The next call starts a fresh child.

The answer is a list of spans in UTF-16 offsets (what Qt's text positions count), so the
UI can colour the text it already shows instead of re-inserting it.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger(__name__)

#: Seconds a highlight may take, plus this much per 100 KB of code.
BUDGET_S = 1.0
BUDGET_PER_100KB_S = 1.0
#: Code longer than this is shown plain: colouring it would cost more than it helps.
MAX_CODE = 512 * 1024
#: Seconds a new child may take to start and import Pygments.
START_BUDGET_S = 20.0


@dataclass(frozen=True)
class Span:
    start: int
    """Offset in UTF-16 code units from the start of the code."""
    length: int
    color: str
    """``rrggbb`` or empty."""
    bold: bool = False
    italic: bool = False

    @property
    def style(self) -> tuple[str, bool, bool]:
        return (self.color, self.bold, self.italic)


def budget_for(code: str) -> float:
    return BUDGET_S + BUDGET_PER_100KB_S * len(code) / 100_000


def compute_spans(code: str, language: str, style_name: str) -> list[Span]:
    """The coloured spans of ``code`` (runs in the child; callable directly in tests)."""
    from pygments.lexers import get_lexer_by_name
    from pygments.styles import get_style_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return []
    style = get_style_by_name(style_name)
    astral: list[int] = []
    if any(ord(ch) > 0xFFFF for ch in code):  # Qt counts a character outside the BMP as two
        count = 0
        for ch in code:
            astral.append(count)
            count += ord(ch) > 0xFFFF
        astral.append(count)
    spans: list[Span] = []
    styles: dict[Any, tuple[str, bool, bool]] = {}
    for index, token, value in lexer.get_tokens_unprocessed(code):
        if not value or value.isspace():
            continue
        found = styles.get(token)
        if found is None:
            s = style.style_for_token(token)
            found = styles[token] = (s["color"] or "", bool(s["bold"]), bool(s["italic"]))
        if found == ("", False, False):
            continue
        start, length = index, len(value)
        if astral:
            end = index + len(value)
            start, length = index + astral[index], end + astral[end] - index - astral[index]
        last = spans[-1] if spans else None
        if last and last.start + last.length == start and last.style == found:
            spans[-1] = Span(last.start, last.length + length, *found)
        else:
            spans.append(Span(start, length, *found))
    return spans


def _serve(conn: Connection) -> None:
    """The child's loop: one request in, one answer out, until the parent goes away."""
    import pygments.lexers  # noqa: F401 - imported before "ready" so the budget is the lexer's

    conn.send("ready")
    while True:
        try:
            code, language, style = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: list[Span] | None = compute_spans(code, language, style)
        except Exception:  # noqa: BLE001 - a lexer's bug means plain text, not a dead child
            answer = None
        conn.send(answer)


class Highlighter:
    """One child process, one request at a time; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self.restarts = 0
        """Children killed for overrunning their budget (for tests and logs)."""

    def _ensure(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self._stop()
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child,), daemon=True, name="highlighter")
        process.start()
        child.close()
        if not parent.poll(START_BUDGET_S) or parent.recv() != "ready":
            process.kill()
            raise RuntimeError("the highlighting process did not start")
        self._process, self._conn = process, parent
        return parent

    def spans(self, code: str, language: str, style: str) -> list[Span] | None:
        """Spans for ``code``, or None when it could not be highlighted within its budget."""
        if not language or len(code) > MAX_CODE:
            return None
        with self._lock:
            conn = self._ensure()
            try:
                conn.send((code, language, style))
                if conn.poll(budget_for(code)):
                    answer: list[Span] | None = conn.recv()
                    return answer
            except (EOFError, OSError):
                pass
            log.warning("Highlighting %s code (%d chars) overran its budget", language, len(code))
            self.restarts += 1
            self._stop()
            return None

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(2)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def close(self) -> None:
        with self._lock:
            self._stop()


_shared: Highlighter | None = None


def shared() -> Highlighter:
    """The app's one highlighter (a child process is started on first use only)."""
    global _shared
    if _shared is None:
        _shared = Highlighter()
    return _shared
