"""What an extraction gives back, how it fails, and the limits it works within.

A document is read into ``Part``s (its pages, slides, sheets or sections), each already
Markdown; ``Extraction.text`` joins the chosen ones under markers such as ``--- Page 12 ---``
so the model can cite them. Every reader runs under a ``Control``: it checks the cancel flag
and the time budget between steps and reports progress, and refuses a file that is over a
limit with a ``DocumentError`` whose message names the file and the limit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from chatdesk.core.attachments import InvalidAttachment
from chatdesk.core.i18n import decimal, tr

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
"""The largest document file read at all (scanned PDFs are large; Office files rarely)."""
MAX_PARTS = 5000
"""Pages, slides, sheets or sections read from one document."""
MAX_TEXT_CHARS = 8_000_000
"""Text extracted from one document before it is refused (~2 million tokens), so a huge
file costs bounded memory; what may be *sent* is far less (``core.attachments``)."""
TIME_BUDGET_S = 120.0
"""A backstop: structural limits stop hostile files long before this."""


class DocumentError(InvalidAttachment):
    """The document cannot be read; the message names it and says why."""


class Cancelled(Exception):
    """The user cancelled the extraction."""


class PasswordRequired(Exception):
    """An encrypted PDF: ask for its password (``wrong``: the one given did not open it)."""

    def __init__(self, name: str, *, wrong: bool) -> None:
        super().__init__(tr("{name} is protected by a password").format(name=name))
        self.name = name
        self.wrong = wrong


class NoTextLayer(Exception):
    """A PDF whose pages are images (scanned) with no text to extract: its pages can be
    sent as images instead."""

    def __init__(self, name: str, pages: int) -> None:
        super().__init__(tr("{name} has no text layer (scanned pages)").format(name=name))
        self.name = name
        self.pages = pages


@dataclass
class Control:
    """Cancel flag, time budget and progress for one extraction (used from one thread)."""

    name: str
    cancel: threading.Event = field(default_factory=threading.Event)
    on_progress: Callable[[int, int], None] | None = None
    budget_s: float = TIME_BUDGET_S
    started: float = field(default_factory=time.monotonic)
    chars: int = 0

    def check(self) -> None:
        """Raise when cancelled or over the time budget."""
        if self.cancel.is_set():
            raise Cancelled
        if self.left_s() < 0:
            raise self.too_slow()

    def left_s(self) -> float:
        """Seconds left of the time budget (negative once it ran out)."""
        return self.budget_s - (time.monotonic() - self.started)

    def too_slow(self) -> DocumentError:
        """The error for a document that took longer than the time budget."""
        return DocumentError(
            tr("{name} took longer than {seconds} s to read; it is too large or damaged").format(
                name=self.name,
                seconds=decimal(self.budget_s),
            )
        )

    def progress(self, done: int, total: int) -> None:
        self.check()
        if self.on_progress is not None:
            self.on_progress(done, total)

    def count(self, text: str) -> str:
        """Counts extracted text against ``MAX_TEXT_CHARS``; returns it."""
        self.chars += len(text)
        if self.chars > MAX_TEXT_CHARS:
            raise DocumentError(
                tr(
                    "{name} holds more than {millions} million characters "
                    "of text, too much to attach"
                ).format(name=self.name, millions=f"{MAX_TEXT_CHARS / 1e6:g}")
            )
        return text


@dataclass(frozen=True)
class Part:
    """One page, slide, sheet or section, as Markdown."""

    label: str
    """How its marker names it: "Page 12", "Sheet 2: Budget"."""
    text: str


@dataclass(frozen=True)
class Extraction:
    name: str
    kind: str
    """What the file is, as a person says it: "PDF", "Word document"."""
    unit: str
    """What a part is ("page", "slide", "sheet", "section"), or "" for a single text."""
    parts: tuple[Part, ...]
    notes: tuple[str, ...] = ()
    """What the text leaves out, said in it (columns past a limit, pages without text)."""
    encoding: str = ""
    """The encoding an HTML or CSV file was read in, when not UTF-8 ("Windows-1252")."""

    @property
    def count(self) -> int:
        return len(self.parts)

    def text(self, first: int = 1, last: int | None = None) -> str:
        """The Markdown sent: a line saying what the document is (and which of its parts
        follow, when not all), then each part under its marker. ``first``/``last`` count
        from 1, inclusive."""
        last = self.count if last is None else last
        chosen = self.parts[first - 1 : last]
        head = self.kind
        if self.unit:
            head += f", {_plural(self.count, self.unit)}"
            if len(chosen) < self.count:
                head += f"; only {self.unit}s {first}–{last} are included"
        lines = [head + ".", *self.notes]
        if self.unit:
            for part in chosen:
                lines += ["", f"--- {part.label} ---", "", part.text.strip("\n")]
        else:
            lines += ["", *(part.text.strip("\n") for part in chosen)]
        return "\n".join(lines).rstrip() + "\n"

    def chars(self, first: int = 1, last: int | None = None) -> int:
        return len(self.text(first, last))


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n:,} {unit}s"
