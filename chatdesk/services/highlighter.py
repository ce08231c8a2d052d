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
import os
import subprocess
import sys
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


WORKER_FLAG = "--highlight-worker"


def serve() -> int:
    """The child's loop on stdin/stdout: one request in, one answer out, until the parent
    goes away. Anything a library prints goes to stderr, never into the answers."""
    import pygments.lexers  # noqa: F401 - loaded before "ready" so a budget is the lexer's

    requests = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    answers.send("ready")
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


def _command() -> list[str]:
    """How to start the child: the bundle's own executable knows the flag (see
    ``chatdesk/__main__.py``); from source, the same interpreter runs ``serve``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-c", "from chatdesk.services.highlighter import serve; serve()"]


class Highlighter:
    """One child process, one request at a time; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._send: Connection | None = None
        self._receive: Connection | None = None
        self.restarts = 0
        """Children killed for overrunning their budget (for tests and logs)."""

    def _ensure(self) -> tuple[Connection, Connection]:
        if self._process is not None and self._process.poll() is None:
            assert self._send is not None and self._receive is not None
            return self._send, self._receive
        self._stop()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        process = subprocess.Popen(
            _command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
        )
        assert process.stdin is not None and process.stdout is not None
        send = Connection(os.dup(process.stdin.fileno()), readable=False)
        receive = Connection(os.dup(process.stdout.fileno()), writable=False)
        process.stdin.close()
        process.stdout.close()
        self._process, self._send, self._receive = process, send, receive
        if not receive.poll(START_BUDGET_S) or receive.recv() != "ready":
            self._stop()
            raise RuntimeError("the highlighting process did not start")
        return send, receive

    def spans(self, code: str, language: str, style: str) -> list[Span] | None:
        """Spans for ``code``, or None when it could not be highlighted within its budget."""
        if not language or len(code) > MAX_CODE:
            return None
        with self._lock:
            send, receive = self._ensure()
            try:
                send.send((code, language, style))
                if receive.poll(budget_for(code)):
                    answer: list[Span] | None = receive.recv()
                    return answer
            except (EOFError, OSError):
                pass
            log.warning("Highlighting %s code (%d chars) overran its budget", language, len(code))
            self.restarts += 1
            self._stop()
            return None

    def _stop(self) -> None:
        for conn in (self._send, self._receive):
            if conn is not None:
                conn.close()
        if self._process is not None:
            self._process.kill()
            self._process.wait(5)
        self._process = self._send = self._receive = None

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
