"""Colours code blocks that are already on screen, without blocking the UI thread.

A code block is shown at once as plain monospace text. Its colours are computed by the
highlighter's child process (on a one-thread pool, so a slow lexer never holds up disk or
network work) and then applied to the text in place, a few milliseconds at a time, so
even a 200 KB block never stalls a frame. A block whose lexer overruns its budget simply
stays plain.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTextEdit

from chatdesk.core.markdown import utf16_len
from chatdesk.ui.background import named_pool, run_in_background

if TYPE_CHECKING:
    from chatdesk.services import highlighter

_KEEP = QtGui.QTextCursor.MoveMode.KeepAnchor
#: Milliseconds of colouring per event-loop turn.
SLICE_MS = 3.0


@dataclass
class _Job:
    start: QtGui.QTextCursor
    """At the code's first character; follows edits above it (older pages, markers)."""
    spans: list[highlighter.Span]
    done: int = 0


class CodeColours(QObject):
    """Owns the colouring of one document's code blocks."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._pool = named_pool("highlighting", 1)
        self._generation = 0
        self._jobs: deque[_Job] = deque()
        self._formats: dict[tuple[str, bool, bool], QtGui.QTextCharFormat] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._apply_slice)
        self.applied = 0
        """Spans applied so far (tests wait on it)."""

    def colour(self, start: int, text: str, language: str, dark: bool) -> None:
        """Colour the code ``text`` shown from ``start`` on, when its spans arrive."""
        if not language:
            return
        # Imported with the first code block, not at start-up (it brings multiprocessing).
        from chatdesk.services import highlighter

        cursor = QtGui.QTextCursor(self._view.document())
        cursor.setPosition(start)
        style = "monokai" if dark else "default"
        run_in_background(
            partial(highlighter.shared().spans, text, language, style),
            partial(self._arrived, self._generation, cursor, text),
            pool=self._pool,
        )

    def reset(self) -> None:
        """The document was cleared or rebuilt: drop colours still on their way."""
        self._generation += 1
        self._jobs.clear()
        self._formats.clear()

    def forget_before(self, position: int) -> None:
        """Text before ``position`` is about to be removed: colours for it are moot."""
        self._jobs = deque(job for job in self._jobs if job.start.position() >= position)

    @property
    def pending(self) -> bool:
        return bool(self._jobs) or self._pool.activeThreadCount() > 0

    def _arrived(self, generation: int, start: QtGui.QTextCursor, text: str, spans: object) -> None:
        if generation != self._generation or not isinstance(spans, list) or not spans:
            return
        if not shiboken6.isValid(self._timer):
            return  # the view closed while the colours were computed
        if start.document() is not self._view.document():
            return  # the view was given a new document (a palette change)
        shown = QtGui.QTextCursor(start)
        shown.setPosition(start.position() + utf16_len(text), _KEEP)
        if shown.selectedText() != text.replace("\n", "\u2029"):
            return  # the block is no longer what was highlighted: leave it plain
        self._jobs.append(_Job(start, spans))
        self._timer.start()

    def _format(self, span: highlighter.Span) -> QtGui.QTextCharFormat:
        key = (span.color, span.bold, span.italic)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QtGui.QTextCharFormat()
            if span.color:
                fmt.setForeground(QtGui.QColor(f"#{span.color}"))
            if span.bold:
                fmt.setFontWeight(QtGui.QFont.Weight.Bold)
            if span.italic:
                fmt.setFontItalic(True)
            self._formats[key] = fmt
        return fmt

    def _apply_slice(self) -> None:
        """Colour for a few milliseconds, as one edit: Qt then lays the blocks out once,
        instead of once per span (a span alone costs ~0.4 ms that way, ~15 µs in a batch)."""
        deadline = time.perf_counter() + SLICE_MS / 1000
        cursor = QtGui.QTextCursor(self._view.document())
        keep = _KEEP
        cursor.beginEditBlock()
        while self._jobs and time.perf_counter() < deadline:
            job = self._jobs[0]
            start = job.start.position()
            batch = job.spans[job.done : job.done + 32]
            for span in batch:
                cursor.setPosition(start + span.start)
                cursor.setPosition(start + span.start + span.length, keep)
                cursor.mergeCharFormat(self._format(span))
            job.done += len(batch)
            self.applied += len(batch)
            if job.done >= len(job.spans):
                self._jobs.popleft()
        cursor.endEditBlock()
        if self._jobs:
            self._timer.start()
