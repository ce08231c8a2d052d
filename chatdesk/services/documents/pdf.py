"""PDF through PDFium (``pypdfium2``): the text layer page by page, scanned documents told
apart, encrypted ones opened with a password, and pages rendered to PNG for vision models.

PDFium is the PDF engine of Chrome: fast (hundreds of pages a second), fuzzed against
hostile files, and permissively licensed; its text layer carries no headings or tables, so
a page is sent as its plain text under a ``--- Page N ---`` marker. PDFium is not
thread-safe, so every call into it holds ``_LOCK`` (one document at a time; a waiting
extraction can still be cancelled).
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from chatdesk.core.i18n import number, tr
from chatdesk.services.documents.model import (
    MAX_PARTS,
    Control,
    DocumentError,
    Extraction,
    NoTextLayer,
    Part,
    PasswordRequired,
)

_LOCK = threading.Lock()
MIN_PAGE_CHARS = 16
"""A page with fewer letters than this (a page number, a stamp) counts as having no text."""
RENDER_DPI = 100
"""Enough for a vision model to read body text; a Letter page is 850×1100 pixels."""
MAX_RENDER_PIXELS = 4_000_000
"""A page of any printed size is scaled down to this (a poster would be gigapixels)."""


@contextmanager
def _pdfium(control: Control) -> Iterator[Any]:
    """The pypdfium2 module, used by this thread alone until the block ends."""
    while not _LOCK.acquire(timeout=0.1):
        control.check()
    try:
        import pypdfium2

        yield pypdfium2
    finally:
        _LOCK.release()


def _open(pdfium: Any, data: bytes, control: Control, password: str | None) -> Any:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        code = exc.err_code
        if code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise PasswordRequired(control.name, wrong=bool(password)) from None
        if code == pdfium.raw.FPDF_ERR_SECURITY:
            raise DocumentError(
                tr("{name} is encrypted in a way chatdesk cannot open").format(name=control.name)
            ) from None
        raise DocumentError(
            tr("{name} is damaged or not a PDF ({error})").format(name=control.name, error=exc)
        ) from None


def _page_text(page: Any) -> str:
    textpage = page.get_textpage()
    try:
        text: str = textpage.get_text_range()
    finally:
        textpage.close()
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _has_image(pdfium: Any, page: Any) -> bool:
    kinds = (pdfium.raw.FPDF_PAGEOBJ_IMAGE,)
    return next(iter(page.get_objects(filter=kinds, max_depth=3)), None) is not None


def extract_pdf(data: bytes, control: Control, password: str | None = None) -> Extraction:
    """Each page's text; ``NoTextLayer`` when nearly every page is only an image."""
    with _pdfium(control) as pdfium:
        doc = _open(pdfium, data, control, password)
        try:
            total = len(doc)
            if total > MAX_PARTS:
                raise DocumentError(
                    tr("{name} has {count} pages; at most {limit} can be read").format(
                        name=control.name, count=number(total), limit=number(MAX_PARTS)
                    )
                )
            parts, empty, broken, sparse, scanned = [], [], [], 0, 0
            for index in range(total):
                control.progress(index, total)
                try:
                    page = doc[index]
                except pdfium.PdfiumError:
                    broken.append(index + 1)
                    parts.append(Part(f"Page {index + 1}", ""))
                    continue
                try:
                    text = control.count(_page_text(page))
                    letters = sum(not c.isspace() for c in text)
                    if letters < MIN_PAGE_CHARS:
                        sparse += 1
                        scanned += _has_image(pdfium, page)
                    if not letters:
                        empty.append(index + 1)
                except pdfium.PdfiumError:
                    broken.append(index + 1)
                    text = ""
                finally:
                    page.close()
                parts.append(Part(f"Page {index + 1}", text))
            control.progress(total, total)
        finally:
            doc.close()
    if len(broken) == total:
        raise DocumentError(
            tr("{name} is damaged: none of its pages can be read").format(name=control.name)
        )
    if scanned and total - sparse - len(broken) <= total // 10:
        raise NoTextLayer(control.name, total)
    if len(empty) + len(broken) == total:
        raise DocumentError(tr("{name} has no text to extract").format(name=control.name))
    notes = _pages_note(empty, "No text on", "images or blank")
    notes += _pages_note(broken, "Could not read", "damaged")
    return Extraction(control.name, "PDF", "page", tuple(parts), notes)


def _pages_note(pages: list[int], what: str, why: str) -> tuple[str, ...]:
    if not pages:
        return ()
    more = f" and {len(pages) - 20} more" if len(pages) > 20 else ""
    shown = ", ".join(map(str, pages[:20])) + more
    return (f"({what} page{'s' if len(pages) > 1 else ''} {shown}: {why}.)",)


def render_pages(
    data: bytes, control: Control, first: int, last: int, password: str | None = None
) -> list[bytes]:
    """Pages ``first``–``last`` (from 1) as greyscale PNGs at ``RENDER_DPI``."""
    with _pdfium(control) as pdfium:
        doc = _open(pdfium, data, control, password)
        try:
            last = min(last, len(doc))
            return [
                _render(pdfium, doc, control, number, (number - first, last - first + 1))
                for number in range(first, last + 1)
            ]
        except pdfium.PdfiumError as exc:
            raise DocumentError(
                tr("{name}: a page could not be rendered ({error})").format(
                    name=control.name, error=exc
                )
            ) from None
        finally:
            doc.close()


def _render(pdfium: Any, doc: Any, control: Control, number: int, done: tuple[int, int]) -> bytes:
    control.progress(*done)
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
