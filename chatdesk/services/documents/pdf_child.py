"""The PDF reader's child process: PDFium runs here, under a memory limit, never in the app.

A 1 MB PDF can hold a content stream that inflates to gigabytes, and PDFium allocates it
outside Python, where no Python-side check sees it; a damaged file can crash PDFium
outright. So the app sends the file here (``pdf.py``, through ``ChildWorker``) and this
process limits its own address space (``MEMORY_LIMIT``) before loading PDFium: past it
PDFium aborts, this process dies, and the app says why and starts a fresh one.

Nothing here words a message: the app does (it has the translator). Answers are plain
tuples; pages and progress go as ``Interim`` values, so the app can count text, report
progress and kill this process when the user cancels.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from chatdesk.services.child_worker import Interim, child_pipes
from chatdesk.services.documents.model import MAX_PARTS, MAX_TEXT_CHARS

MEMORY_LIMIT = 1_000_000_000
"""Bytes of address space the reader may use (the interpreter and PDFium take ~100 MB;
the largest normal PDF page needs far less than the rest)."""
MIN_PAGE_CHARS = 16
"""A page with fewer letters than this (a page number, a stamp) counts as having no text."""
RENDER_DPI = 100
"""Enough for a vision model to read body text; a Letter page is 850×1100 pixels."""
MAX_RENDER_PIXELS = 4_000_000
"""A page of any printed size is scaled down to this (a poster would be gigapixels)."""


def limit_memory(limit: int = MEMORY_LIMIT) -> bool:
    """Caps this process's address space; False where the system has no such limit
    (Windows; the app's time budget still holds there)."""
    try:
        import resource
    except ImportError:
        return False
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        return False
    return True


def serve() -> int:
    """The child's loop: one request in, interim messages and one answer out, until the
    app goes away. Requests: ``("extract", data, password)`` and
    ``("render", data, password, first, last)``."""
    limit_memory()
    import pypdfium2

    requests, answers = child_pipes()
    while True:
        try:
            request = requests.recv()
            if request[0] == "extract":
                answer = _extract(pypdfium2, answers.send, *request[1:])
            else:
                answer = _render_pages(pypdfium2, answers.send, *request[1:])
        except (EOFError, OSError):
            return 0
        except MemoryError:  # Python's own allocations hit the limit: answer, start afresh
            answers.send(("memory",))
            return 1
        answers.send(answer)


def _open(pdfium: Any, data: bytes, password: str | None) -> tuple[Any, tuple[Any, ...]]:
    """The document, or ``None`` and why it did not open."""
    try:
        return pdfium.PdfDocument(data, password=password), ()
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
            return None, ("password",)
        if exc.err_code == pdfium.raw.FPDF_ERR_SECURITY:
            return None, ("security",)
        return None, ("damaged", str(exc))


def _extract(pdfium: Any, send: Any, data: bytes, password: str | None) -> tuple[Any, ...]:
    """Sends ``("total", n)``, then ``("page", text, has_image)`` for each page (text
    ``None``: the page could not be read); answers ``("done",)`` or why not."""
    doc, failed = _open(pdfium, data, password)
    if doc is None:
        return failed
    try:
        total = len(doc)
        if total > MAX_PARTS:
            return ("too_many", total)
        send(Interim(("total", total)))
        left = MAX_TEXT_CHARS
        for index in range(total):
            text, image = _page(pdfium, doc, index)
            if text is not None:
                text = text[: left + 1]  # the app refuses past its limit: send no more
                left -= len(text)
            send(Interim(("page", text, image)))
            if left < 0:
                break
    finally:
        doc.close()
    return ("done",)


def _page(pdfium: Any, doc: Any, index: int) -> tuple[str | None, bool]:
    try:
        page = doc[index]
    except pdfium.PdfiumError:
        return None, False
    try:
        textpage = page.get_textpage()
        try:
            text: str = textpage.get_text_range()
        finally:
            textpage.close()
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        letters = sum(not c.isspace() for c in text)
        kinds = (pdfium.raw.FPDF_PAGEOBJ_IMAGE,)
        image = letters < MIN_PAGE_CHARS and (
            next(iter(page.get_objects(filter=kinds, max_depth=3)), None) is not None
        )
        return text, image
    except pdfium.PdfiumError:
        return None, False
    finally:
        page.close()


def _render_pages(
    pdfium: Any, send: Any, data: bytes, password: str | None, first: int, last: int
) -> tuple[Any, ...]:
    """Sends ``("progress", done, total)`` before each page; answers
    ``("rendered", [png, …])`` or why not."""
    doc, failed = _open(pdfium, data, password)
    if doc is None:
        return failed
    try:
        last = min(last, len(doc))
        images = []
        for number in range(first, last + 1):
            send(Interim(("progress", number - first, last - first + 1)))
            images.append(_render(pdfium, doc, number))
        return ("rendered", images)
    except pdfium.PdfiumError as exc:
        return ("render_failed", str(exc))
    finally:
        doc.close()


def _render(pdfium: Any, doc: Any, number: int) -> bytes:
    page = doc[number - 1]
    try:
        width, height = page.get_size()
        scale = RENDER_DPI / 72
        pixels = width * height * scale * scale
        if pixels > MAX_RENDER_PIXELS:
            scale *= (MAX_RENDER_PIXELS / pixels) ** 0.5
        bitmap = page.render(scale=scale, force_bitmap_format=pdfium.raw.FPDFBitmap_Gray)
        try:
            return _gray_png(bitmap)
        finally:
            bitmap.close()
    finally:
        page.close()


def _gray_png(bitmap: Any) -> bytes:
    """A PNG of an 8-bit grey PDFium bitmap (rows filtered "none", deflated)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    raw = bytes(bitmap.buffer)
    image = b"".join(b"\x00" + raw[y * stride : y * stride + width] for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(image, 6))
        + chunk(b"IEND", b"")
    )
