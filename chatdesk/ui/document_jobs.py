"""Reading attached files off the UI thread: one job per file, with progress and Cancel.

A job reads the file (``services.files``: regular files only, bounded) and prepares it
(``services.documents``: an image or text file as it is, a document's text extracted) on
the requests pool, which has room for long work, so a 300-page PDF never holds up the
shared pool's settings and keyring calls. It answers with one ``Outcome``; the questions a
document raises (password, scanned pages, page range) are the tray's to ask.

Progress crosses threads through ``_Progress``, a QObject on the UI thread, so each update
is queued there; updates are throttled to ``PROGRESS_EVERY_S``. Cancel sets the job's flag
(the reader stops at its next page or XML chunk) and drops its delivery at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton

from chatdesk.core.attachments import Attachment, InvalidAttachment
from chatdesk.core.i18n import noop, number, tr
from chatdesk.services.documents import Control, Extraction
from chatdesk.ui.background import Task, requests_pool, run_in_background
from chatdesk.ui.plain_text import button_text, plain

PROGRESS_EVERY_S = 0.05

READING = noop("Reading {file}")
RENDERING = noop("Rendering {file}")
"""What a job's chip says it is doing (``Job``'s ``doing``)."""


@dataclass(frozen=True)
class Ready:
    attachment: Attachment
    data: bytes | None = None
    """The file's bytes (the tray keeps those of a text file read in an encoding it names,
    for the user to have it read in another)."""


@dataclass(frozen=True)
class Extracted:
    extraction: Extraction
    data: bytes


@dataclass(frozen=True)
class Refused:
    message: str


@dataclass(frozen=True)
class NeedsPassword:
    data: bytes
    wrong: bool


@dataclass(frozen=True)
class Scanned:
    data: bytes
    pages: int
    password: str | None


@dataclass(frozen=True)
class Rendered:
    images: list[bytes]
    first: int


Outcome = Ready | Extracted | Refused | NeedsPassword | Scanned | Rendered


def prepare_file(
    name: str,
    read: Callable[[], bytes],
    control: Control,
    password: str | None,
    encoding: str | None = None,
) -> Outcome | None:
    """Runs on a pool thread: the file's outcome, or None once cancelled. ``encoding`` (a
    Python codec name) reads a text file in it rather than in the one detected."""
    from chatdesk.services.documents import (
        Cancelled,
        NoTextLayer,
        PasswordRequired,
        prepare,
    )

    data = b""
    try:
        data = read()
        prepared = prepare(name, data, control, password, encoding)
    except Cancelled:
        return None
    except PasswordRequired as exc:
        return NeedsPassword(data, exc.wrong)
    except NoTextLayer as exc:
        return Scanned(data, exc.pages, password)
    except InvalidAttachment as exc:
        return Refused(str(exc))
    except OSError as exc:
        return Refused(
            tr("{file} could not be read: {reason}").format(file=name, reason=exc.strerror or exc)
        )
    if isinstance(prepared, Extraction):
        return Extracted(prepared, data)
    return Ready(prepared, data)


def render_file(
    data: bytes, control: Control, first: int, last: int, password: str | None
) -> Outcome | None:
    """Runs on a pool thread: PDF pages ``first``–``last`` as PNG images."""
    from chatdesk.services.documents import Cancelled
    from chatdesk.services.documents.pdf import render_pages

    try:
        return Rendered(render_pages(data, control, first, last, password), first)
    except Cancelled:
        return None
    except InvalidAttachment as exc:
        return Refused(str(exc))


def read_path(path: Path) -> Callable[[], bytes]:
    def read() -> bytes:
        from chatdesk.services.documents import limit_for
        from chatdesk.services.files import read_attachment

        return read_attachment(path, limit_for(path.name))

    return read


class _Progress(QObject):
    changed = Signal(int, int)

    def __init__(self, on_change: Callable[[int, int], None]) -> None:
        super().__init__()
        self._on_change = on_change
        self._sent = 0.0
        self.changed.connect(self._deliver)

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread."""
        now = time.monotonic()
        if now - self._sent >= PROGRESS_EVERY_S or done == total:
            self._sent = now
            self.changed.emit(done, total)

    @Slot(int, int)
    def _deliver(self, done: int, total: int) -> None:
        self._on_change(done, total)


class JobChip(QFrame):
    """A file being read: its name, a progress bar and Cancel."""

    def __init__(self, name: str, doing: str) -> None:
        """``doing``: ``READING`` or ``RENDERING`` (translated here)."""
        super().__init__()
        self.setObjectName("extractionChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        self._what = tr(doing).format(file=name)
        self.label = QLabel(self._what)
        plain(self.label)
        self.bar = QProgressBar()
        self.bar.setObjectName("extractionProgress")
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.setFixedWidth(90)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.setObjectName("extractionCancel")
        self.cancel.setToolTip(
            button_text(tr("Stop reading {file}; it is not attached").format(file=name))
        )
        for widget in (self.label, self.bar, self.cancel):
            layout.addWidget(widget)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.label.setText(f"{self._what} · {number(done)}/{number(total)}")


class Job:
    """One file being prepared or rendered in the background."""

    def __init__(self, name: str, pasted: bool, doing: str = READING) -> None:
        self.name = name
        self.pasted = pasted
        self.chip = JobChip(name, doing)
        self.control = Control(name)
        self._progress = _Progress(self.chip.show_progress)
        self.control.on_progress = self._progress.report
        self.task: Task | None = None
        self.replaces: Attachment | None = None
        """The attachment in the tray that what this job reads takes the place of (the
        same file read in another encoding), if any."""

    def start(
        self,
        work: Callable[[Control], Outcome | None],
        done: Callable[[Job, Outcome | None], None],
    ) -> None:
        control = self.control

        def failed(error: Exception) -> None:
            reason = tr("{file} could not be read: {reason}").format(file=self.name, reason=error)
            done(self, Refused(reason))

        self.task = run_in_background(
            lambda: work(control), lambda outcome: done(self, outcome), failed, requests_pool()
        )

    def cancel(self) -> None:
        self.control.cancel.set()
        if self.task is not None:
            self.task.cancel()
