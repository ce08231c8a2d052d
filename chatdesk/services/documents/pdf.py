"""PDF through PDFium (``pypdfium2``): the text layer page by page, scanned documents told
apart, encrypted ones opened with a password, and pages rendered to PNG for vision models.

PDFium is the PDF engine of Chrome: fast (hundreds of pages a second), fuzzed against
hostile files, and permissively licensed; its text layer carries no headings or tables, so
a page is sent as its plain text under a ``--- Page N ---`` marker.

PDFium runs in a child process (``pdf_child``) with a memory limit: a Flate bomb or a
file that crashes PDFium kills that process, not the app, and is refused here with a
message. This side waits for it, counts its text, reports progress, and kills it when the
user cancels or the time budget runs out. One document is read at a time (``_LOCK``; a
waiting extraction can still be cancelled).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from typing import Any

from chatdesk.core.i18n import decimal, number, tr
from chatdesk.services.child_worker import ChildWorker, Crashed, Overran, Unavailable
from chatdesk.services.documents.model import (
    MAX_PARTS,
    Cancelled,
    Control,
    DocumentError,
    Extraction,
    NoTextLayer,
    Part,
    PasswordRequired,
)
from chatdesk.services.documents.pdf_child import MEMORY_LIMIT, MIN_PAGE_CHARS

log = logging.getLogger(__name__)

WORKER_FLAG = "--pdf-worker"
_LOCK = threading.Lock()
_worker: ChildWorker | None = None
_MEMORY_SIGNALS = {-getattr(signal, name, 0) for name in ("SIGABRT", "SIGKILL", "SIGTRAP")} - {0}
"""How PDFium (PartitionAlloc) and the kernel's OOM killer end a process out of memory."""


def close_reader() -> None:
    """Stop the PDF reader process (at quit), even in the middle of a document."""
    worker = _worker
    if worker is not None:
        worker.kill()


def _ask(
    control: Control, request: tuple[Any, ...], on_interim: Callable[[Any], None]
) -> tuple[Any, ...]:
    """The reader's answer to ``request``; a clear ``DocumentError`` when it overran the
    time budget, ran out of memory, crashed or could not start."""
    global _worker
    while not _LOCK.acquire(timeout=0.1):
        control.check()
    try:
        if _worker is None:
            _worker = ChildWorker("chatdesk.services.documents.pdf_child", WORKER_FLAG, "PDF")
        control.check()
        budget = max(control.left_s(), 0.0) + 1.0  # control.check words it first, if it can
        answer: tuple[Any, ...] = _worker.converse(request, budget, on_interim, control.check)
    except Crashed as exc:
        log.warning("The PDF reader died on %s (exit status %s)", control.name, exc.returncode)
        if exc.returncode in _MEMORY_SIGNALS:
            raise _memory_error(control) from None
        raise DocumentError(
            tr(
                "{name} could not be read: the PDF reader stopped on it; it may be damaged "
                "or built to attack PDF readers"
            ).format(name=control.name)
        ) from None
    except Overran:
        if control.cancel.is_set():
            raise Cancelled from None
        raise control.too_slow() from None
    except Unavailable as exc:
        log.warning("%s", exc)
        raise DocumentError(
            tr("{name} could not be read: chatdesk could not start its PDF reader").format(
                name=control.name
            )
        ) from None
    finally:
        _LOCK.release()
    if answer[0] == "memory":
        raise _memory_error(control)
    return answer


def _memory_error(control: Control) -> DocumentError:
    return DocumentError(
        tr(
            "{name} needs more memory than chatdesk allows for a document ({size} GB); it may "
            "be damaged or built to exhaust memory"
        ).format(name=control.name, size=decimal(MEMORY_LIMIT / 1e9))
    )


def _opened(control: Control, answer: tuple[Any, ...], password: str | None) -> None:
    """Raises why the document did not open, if it did not."""
    if answer[0] == "password":
        raise PasswordRequired(control.name, wrong=bool(password))
    if answer[0] == "security":
        raise DocumentError(
            tr("{name} is encrypted in a way chatdesk cannot open").format(name=control.name)
        )
    if answer[0] == "damaged":
        raise DocumentError(
            tr("{name} is damaged or not a PDF ({error})").format(
                name=control.name, error=answer[1]
            )
        )


class _Pages:
    """The pages as the reader sends them: counted, and progress reported."""

    def __init__(self, control: Control) -> None:
        self.control = control
        self.total = 0
        self.parts: list[Part] = []
        self.empty: list[int] = []
        self.broken: list[int] = []
        self.sparse = 0
        self.scanned = 0

    def take(self, message: tuple[Any, ...]) -> None:
        if message[0] == "total":
            self.total = message[1]
            self.control.progress(0, self.total)
            return
        _, text, image = message
        number = len(self.parts) + 1
        if text is None:
            self.broken.append(number)
            text = ""
        else:
            text = self.control.count(text)
            letters = sum(not c.isspace() for c in text)
            if letters < MIN_PAGE_CHARS:
                self.sparse += 1
                self.scanned += bool(image)
            if not letters:
                self.empty.append(number)
        self.parts.append(Part(f"Page {number}", text))
        self.control.progress(number, self.total)


def extract_pdf(data: bytes, control: Control, password: str | None = None) -> Extraction:
    """Each page's text; ``NoTextLayer`` when nearly every page is only an image."""
    pages = _Pages(control)
    answer = _ask(control, ("extract", data, password), pages.take)
    _opened(control, answer, password)
    if answer[0] == "too_many":
        raise DocumentError(
            tr("{name} has %Ln page(s); at most {limit} can be read", "", answer[1]).format(
                name=control.name, limit=number(MAX_PARTS)
            )
        )
    total, broken = pages.total, pages.broken
    if len(broken) == total:
        raise DocumentError(
            tr("{name} is damaged: none of its pages can be read").format(name=control.name)
        )
    if pages.scanned and total - pages.sparse - len(broken) <= total // 10:
        raise NoTextLayer(control.name, total)
    if len(pages.empty) + len(broken) == total:
        raise DocumentError(tr("{name} has no text to extract").format(name=control.name))
    notes = _pages_note(pages.empty, "No text on", "images or blank")
    notes += _pages_note(broken, "Could not read", "damaged")
    return Extraction(control.name, "PDF", "page", tuple(pages.parts), notes)


def _pages_note(pages: list[int], what: str, why: str) -> tuple[str, ...]:
    if not pages:
        return ()
    more = f" and {len(pages) - 20} more" if len(pages) > 20 else ""
    shown = ", ".join(map(str, pages[:20])) + more
    return (f"({what} page{'s' if len(pages) > 1 else ''} {shown}: {why}.)",)


def render_pages(
    data: bytes, control: Control, first: int, last: int, password: str | None = None
) -> list[bytes]:
    """Pages ``first``–``last`` (from 1) as greyscale PNGs at ``pdf_child.RENDER_DPI``."""

    def progress(message: tuple[Any, ...]) -> None:
        control.progress(message[1], message[2])

    answer = _ask(control, ("render", data, password, first, last), progress)
    _opened(control, answer, password)
    if answer[0] == "render_failed":
        raise DocumentError(
            tr("{name}: a page could not be rendered ({error})").format(
                name=control.name, error=answer[1]
            )
        )
    images: list[bytes] = answer[1]
    return images
