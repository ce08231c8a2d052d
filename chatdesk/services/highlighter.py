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
from dataclasses import dataclass
from typing import Any

from chatdesk.services.child_worker import ChildWorker, Overran, Unavailable, child_pipes

log = logging.getLogger(__name__)

#: Seconds a highlight may take, plus this much per 100 KB of code.
BUDGET_S = 1.0
BUDGET_PER_100KB_S = 1.0
#: Code longer than this is shown plain: colouring it would cost more than it helps.
MAX_CODE = 512 * 1024


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


WORKER_FLAG = "--highlight-worker"


def serve() -> int:
    """The child's loop on stdin/stdout: one request in, one answer out, until the parent
    goes away. Anything a library prints goes to stderr, never into the answers."""
    import pygments.lexers  # noqa: F401 - loaded before "ready" so a budget is the lexer's

    requests, answers = child_pipes()
    while True:
        try:
            code, language, style = requests.recv()
        except (EOFError, OSError):
            return 0
        try:
            answer: list[Span] | None = compute_spans(code, language, style)
        except Exception:  # noqa: BLE001 - a lexer's bug means plain text, not a dead child
            answer = None
        answers.send(answer)


class Highlighter:
    """Highlighting in its child process, one request at a time; thread-safe."""

    def __init__(self) -> None:
        self._child = ChildWorker("chatdesk.services.highlighter", WORKER_FLAG, "highlighting")

    @property
    def restarts(self) -> int:
        """Children killed for overrunning their budget (for tests and logs)."""
        return self._child.restarts

    def spans(self, code: str, language: str, style: str) -> list[Span] | None:
        """Spans for ``code``, or None when it could not be highlighted within its budget."""
        if not language or len(code) > MAX_CODE:
            return None
        try:
            answer: list[Span] | None = self._child.ask((code, language, style), budget_for(code))
        except Overran:
            log.warning("Highlighting %s code (%d chars) overran its budget", language, len(code))
            return None
        except Unavailable as exc:
            log.warning("%s", exc)
            return None
        return answer

    def close(self) -> None:
        self._child.close()


_shared: Highlighter | None = None


def shared() -> Highlighter:
    """The app's one highlighter (a child process is started on first use only)."""
    global _shared
    if _shared is None:
        _shared = Highlighter()
    return _shared
