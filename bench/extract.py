"""Document extraction speed: chatdesk's readers next to the reference for each format.

PDF: a generated 300-page PDF (40 lines a page), chatdesk's ``prepare`` (text, page markers,
scanned-page checks) against PDFium's own command line, ``pypdfium2 extract-text``, whose
time includes starting Python, so its start-up (the same command on a one-page PDF) is
also shown subtracted; and against a bare loop over the pypdfium2 API (the floor).
DOCX: a generated 2,000-page document (headings, lists, tables) in MB/s of the file,
against the plainest standard-library reading, ``zipfile`` plus ``ElementTree`` joining
every ``w:t``, which keeps no structure. Best of 5 each. Prints ratios (above 1: chatdesk
is slower). Run: ``.venv/bin/python -m bench.extract``
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

from chatdesk.services.documents import Control, Extraction, prepare
from devkit.documents import docx_paragraph, docx_table, make_docx, make_pdf

PAGES = 300


def best_s(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def pdf_bytes(pages: int) -> bytes:
    lines = "\n".join(f"Line {i}: the quick brown fox jumps over the lazy dog." for i in range(40))
    return make_pdf([f"Page {n}\n{lines}" for n in range(1, pages + 1)])


def chatdesk_pdf(data: bytes) -> None:
    result = prepare("bench.pdf", data, Control("bench.pdf"))
    assert isinstance(result, Extraction) and result.count == PAGES


def bare_pdfium(data: bytes) -> None:
    import pypdfium2

    doc = pypdfium2.PdfDocument(data)
    for page in doc:
        page.get_textpage().get_text_range()
    doc.close()


def cli(path: Path) -> None:
    command = shutil.which("pypdfium2", path=str(Path(sys.executable).parent))
    args = [command] if command else [sys.executable, "-m", "pypdfium2"]
    subprocess.run([*args, "extract-text", str(path)], check=True, stdout=subprocess.DEVNULL)


def docx_bytes(pages: int) -> bytes:
    """Pages of varied words (so the archive deflates like a real one, not 1000:1)."""
    rng = random.Random(1)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
        for _ in range(5000)
    ]

    def prose() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + "."

    def page() -> str:
        return (
            docx_paragraph(prose()[:40], "berschrift2")
            + "".join(docx_paragraph(prose()) for _ in range(10))
            + docx_paragraph(prose(), num=(1, 0))
            + docx_paragraph(prose(), num=(1, 0))
            + docx_table([["Name", "Value"], [rng.choice(words), str(rng.random())]])
        )

    return make_docx([page() for _ in range(pages)])


def chatdesk_docx(data: bytes) -> None:
    result = prepare("bench.docx", data, Control("bench.docx"))
    assert isinstance(result, Extraction)


def stdlib_docx(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    "".join(t.text or "" for t in root.iter(tag))


def main() -> None:
    data = pdf_bytes(PAGES)
    with tempfile.TemporaryDirectory() as folder:
        big, small = Path(folder) / "bench.pdf", Path(folder) / "one.pdf"
        big.write_bytes(data)
        small.write_bytes(pdf_bytes(1))
        ours = best_s(lambda: chatdesk_pdf(data))
        floor = best_s(lambda: bare_pdfium(data))
        command = best_s(lambda: cli(big))
        start_up = best_s(lambda: cli(small))
    net = max(command - start_up, 1e-9)
    print(f"PDF, {PAGES} pages ({len(data) / 1e6:.1f} MB):")
    print(f"  chatdesk prepare()            {PAGES / ours:8.0f} pages/s  ({ours * 1e3:.0f} ms)")
    print(
        f"  pypdfium2 extract-text (CLI)  {PAGES / command:8.0f} pages/s  ({command * 1e3:.0f} ms)"
    )
    print(
        f"    less its start-up ({start_up * 1e3:.0f} ms)  {PAGES / net:8.0f} pages/s  "
        f"({net * 1e3:.0f} ms)"
    )
    print(f"  pypdfium2 API, bare loop      {PAGES / floor:8.0f} pages/s  ({floor * 1e3:.0f} ms)")
    print(
        f"  ratios (time, chatdesk / reference): CLI {ours / command:.2f}, "
        f"CLI less start-up {ours / net:.2f}, bare API {ours / floor:.2f}"
    )
    docx = docx_bytes(2000)
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        xml_mb = archive.getinfo("word/document.xml").file_size / 1e6
    mb = len(docx) / 1e6
    ours = best_s(lambda: chatdesk_docx(docx))
    plain = best_s(lambda: stdlib_docx(docx))
    print(f"DOCX, 2,000 pages ({mb:.1f} MB file, {xml_mb:.1f} MB of XML):")
    for label, seconds in (("chatdesk prepare()", ours), ("zipfile + ElementTree, w:t", plain)):
        print(f"  {label:30}{mb / seconds:6.2f} MB/s  ({xml_mb / seconds:.1f} MB/s of XML)")
    print(f"  ratio (time, chatdesk / stdlib tree): {ours / plain:.2f}")


if __name__ == "__main__":
    main()
