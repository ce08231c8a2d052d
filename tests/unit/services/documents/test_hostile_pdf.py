"""Hostile PDFs, written by hand here: a Flate bomb, arrays nested a million deep, a page
tree that loops, a page count that lies, and a reader that crashes or is cancelled
mid-page. Each is refused with a clear message or read correctly, within a time budget,
and the app's own memory stays put: PDFium runs in a child process with a memory limit.
"""

from __future__ import annotations

import functools
import os
import resource
import signal
import zlib
from collections.abc import Callable

import psutil
import pytest

from chatdesk.services.documents import Cancelled, Control, DocumentError, Extraction, prepare
from chatdesk.services.documents.pdf import render_pages
from devkit.documents import make_pdf
from tests.support.budget import within

MiB = 1024 * 1024
FONT = 9


def build_pdf(objects: dict[int, bytes]) -> bytes:
    """A PDF of these numbered objects (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (num, objects[num])
    xref, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num] if num in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def stream(body: bytes, *, flate: bool = False) -> bytes:
    filters = b" /Filter /FlateDecode" if flate else b""
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), filters, body)


def page(contents: int, extra: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 "
        b"%d 0 R >> >> /Contents %d 0 R%s >>" % (FONT, contents, extra)
    )


def text(words: bytes) -> bytes:
    return stream(b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % words)


def one_page_pdf(content: bytes, *, count: int = 1, extra: bytes = b"") -> bytes:
    return build_pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count,
            3: page(4, extra),
            4: content,
            FONT: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        }
    )


def inflating(words: bytes, filler: bytes, size: int) -> bytes:
    """A Flate content stream: ``words`` shown, then ``filler`` repeated to ``size`` bytes."""
    squeeze = zlib.compressobj(9)
    body = squeeze.compress(b"BT /F1 12 Tf 72 720 Td (%s) Tj ET\n" % words)
    block = filler * (MiB // len(filler))
    body += b"".join(squeeze.compress(block) for _ in range(size // MiB))
    return stream(body + squeeze.flush(), flate=True)


@functools.cache
def flate_bomb() -> bytes:
    """~1 MB whose one content stream inflates to 1 GiB (of spaces)."""
    return one_page_pdf(inflating(b"Bomb", b" ", 1024 * MiB))


@functools.cache
def slow_page() -> bytes:
    """A page PDFium takes a second or more to read: 16 million no-op operators (64 MB)."""
    return one_page_pdf(inflating(b"A slow page with its text", b"q Q ", 64 * MiB))


def peak_rss_growth_mib(work: Callable[[], object]) -> float:
    """How far this process's peak resident memory rose while ``work()`` ran."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    work()
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024


def refused(name: str, data: bytes, seconds: float = 60) -> str:
    def attempt() -> str:
        with pytest.raises(DocumentError) as caught:
            prepare(name, data, Control(name))
        return str(caught.value)

    return within(seconds, attempt)


def read(name: str, data: bytes, seconds: float = 30) -> Extraction:
    def attempt() -> Extraction:
        result = prepare(name, data, Control(name))
        assert isinstance(result, Extraction)
        return result

    return within(seconds, attempt)


def test_a_flate_bomb_is_refused_without_the_app_growing() -> None:
    bomb = flate_bomb()
    assert len(bomb) < 2 * MiB
    messages: list[str] = []

    def both() -> None:
        messages.append(refused("bomb.pdf", bomb))
        with pytest.raises(DocumentError) as caught:
            within(60, lambda: render_pages(bomb, Control("bomb.pdf"), 1, 1))
        messages.append(str(caught.value))

    assert peak_rss_growth_mib(both) < 200
    expected = (
        "bomb.pdf needs more memory than chatdesk allows for a document (1 GB); it may be "
        "damaged or built to exhaust memory"
    )
    assert messages == [expected, expected]
    assert read("fine.pdf", make_pdf(["Read after the bomb"])).parts[0].text == (
        "Read after the bomb"
    )


def test_arrays_nested_a_million_deep_are_read() -> None:
    depth = 1_000_000
    nested = b" /Junk " + b"[" * depth + b"]" * depth
    doc = read("deep.pdf", one_page_pdf(text(b"Under the nesting"), extra=nested))
    assert [p.text for p in doc.parts] == ["Under the nesting"]


def test_a_page_tree_that_loops_is_read_in_time() -> None:
    looping = build_pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
            3: page(4),
            4: text(b"The first page has its text"),
            5: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 5 0 R] /Count 1000000 >>",
            FONT: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        }
    )
    doc = read("loop.pdf", looping)
    assert doc.parts[0].text == "The first page has its text"
    assert doc.count <= 2


@pytest.mark.parametrize("count", [3, 4000, 10**9])
def test_a_page_count_that_lies_is_read_in_time(count: int) -> None:
    doc = read("lies.pdf", one_page_pdf(text(b"Only one page has this text"), count=count))
    assert doc.parts[0].text == "Only one page has this text"
    assert all(not part.text for part in doc.parts[1:])


def _reader_pids() -> list[int]:
    return [
        child.pid
        for child in psutil.Process().children()
        if "pdf_child" in " ".join(child.cmdline())
    ]


def test_cancel_mid_page_kills_the_reader() -> None:
    control = Control("slow.pdf")
    busy: list[int] = []

    def progress(done: int, total: int) -> None:
        if done == 0:  # the reader is now on page 1
            busy.extend(_reader_pids())
            control.cancel.set()

    control.on_progress = progress
    with pytest.raises(Cancelled):
        within(30, lambda: prepare("slow.pdf", slow_page(), control))
    assert busy, "no reader process"
    assert not any(psutil.pid_exists(pid) for pid in busy)


def test_a_reader_that_crashes_is_a_refusal_not_a_crash_of_the_app() -> None:
    control = Control("crash.pdf")

    def crash(done: int, total: int) -> None:
        if done == 0:  # the reader is now on page 1
            for pid in _reader_pids():
                os.kill(pid, signal.SIGSEGV)

    control.on_progress = crash
    with pytest.raises(DocumentError) as caught:
        within(30, lambda: prepare("crash.pdf", slow_page(), control))
    assert str(caught.value) == (
        "crash.pdf could not be read: the PDF reader stopped on it; it may be damaged or built "
        "to attack PDF readers"
    )
    assert read("fine.pdf", make_pdf(["Read after the crash"])).parts[0].text == (
        "Read after the crash"
    )


def test_the_time_budget_kills_the_reader_mid_page() -> None:
    control = Control("slow.pdf")
    busy: list[int] = []

    def progress(done: int, total: int) -> None:
        if done == 0:  # the reader is now on page 1: its time runs out
            busy.extend(_reader_pids())
            control.budget_s = 0

    control.on_progress = progress
    with pytest.raises(DocumentError, match=r"^slow\.pdf took longer than 0 s to read"):
        within(30, lambda: prepare("slow.pdf", slow_page(), control))
    assert busy, "no reader process"
    assert not any(psutil.pid_exists(pid) for pid in busy)
