"""Hostile documents fail with a clear message, within a time and memory budget: zip
bombs (by their declared sizes and ratios, before inflating, and by counting when a size
lies), entity bombs and external entities, nesting a hundred thousand deep, sheets of a
million repeated cells, damaged files, and a time budget that holds."""

from __future__ import annotations

import contextlib
import io
import random
import struct
import tracemalloc
import zipfile
from collections.abc import Callable

import pytest

from chatdesk.services.documents import (
    Control,
    DocumentError,
    Extraction,
    NoTextLayer,
    PasswordRequired,
    prepare,
)
from devkit.documents import (
    _CT,
    _rels,
    billion_laughs,
    deeply_nested,
    docx_paragraph,
    external_entity,
    make_docx,
    make_odf,
    make_pdf,
    make_xlsx,
    zip_bomb_docx,
)
from tests.support.budget import within

MiB = 1024 * 1024


def refusal(name: str, data: bytes, *, seconds: float = 20, peak_mib: float = 64) -> str:
    """The message ``prepare`` refuses ``data`` with, checked against a time budget and a
    ceiling on the memory Python allocated meanwhile."""

    def attempt() -> str:
        tracemalloc.start()
        try:
            prepare(name, data, Control(name))
        except DocumentError as exc:
            return str(exc)
        finally:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            assert peak < peak_mib * MiB, f"peak {peak / MiB:.0f} MiB"
        raise AssertionError(f"{name} was not refused")

    return within(seconds, attempt)


def test_a_zip_bomb_is_refused_by_its_declared_size_before_inflating() -> None:
    bomb = zip_bomb_docx(256 * MiB)
    assert len(bomb) < MiB
    message = refusal("bomb.docx", bomb, seconds=2)
    assert message == (
        "bomb.docx is too large to read: word/document.xml inflates to 268 MB (at most 64 MB)"
    )


def test_a_small_bomb_is_refused_by_its_ratio() -> None:
    message = refusal("ratio.docx", zip_bomb_docx(32 * MiB), seconds=2)
    assert message.startswith("ratio.docx looks like a zip bomb: word/document.xml inflates ")
    assert "times (to 34 MB); not read" in message


def test_a_member_that_lies_about_its_size_fails_its_check() -> None:
    """The declared size says 100 bytes; the data inflates to 8 MB."""
    real = b"<w:document>" + b" " * (8 * MiB) + b"</w:document>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _rels(("rId1", "officeDocument", "word/document.xml")))
        archive.writestr("word/document.xml", real)
    data = bytearray(out.getvalue())
    for signature, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            name_at = found + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + 17] == b"word/document.xml":
                data[found + at : found + at + 4] = struct.pack("<I", 100)
            start = found + 4
    message = refusal("liar.docx", bytes(data), seconds=2)
    assert message.startswith("liar.docx is damaged or not a valid archive")


def test_too_many_members_are_refused_before_any_is_read() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("word/document.xml", "<x/>")
        for n in range(20_001):
            archive.writestr(f"m/{n}", b"")
    message = refusal("many.docx", out.getvalue(), seconds=30)
    assert message == "many.docx holds more than 20,000 files; not read"


@pytest.mark.parametrize(
    ("xml", "why"),
    [
        (billion_laughs(), "it declares its own entities"),
        (external_entity(), "it declares its own entities"),
        (deeply_nested(100_000), "its elements nest more than 256 deep"),
    ],
    ids=["billion laughs", "external entity", "deep nesting"],
)
def test_xml_bombs_are_refused_without_expanding(xml: str, why: str) -> None:
    message = refusal("x.docx", make_docx("", document_xml=xml), seconds=2, peak_mib=16)
    assert message.startswith(f"x.docx cannot be read: word/document.xml is unsafe ({why}")


def test_undefined_entities_and_broken_xml_say_the_file_is_damaged() -> None:
    doc = '<w:document xmlns:w="w"><w:body>&nbsp;</w:body></w:document>'
    message = refusal("e.docx", make_docx("", document_xml=doc))
    assert message == (
        "e.docx is damaged: word/document.xml is not valid XML (undefined entity, line 1)"
    )
    truncated = make_docx(docx_paragraph("x" * 1000))[:-200]
    assert refusal("cut.docx", truncated).startswith("cut.docx is damaged")


def test_an_ods_of_a_million_repeated_filled_cells_is_capped() -> None:
    row = (
        '<table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell table:number-columns-repeated="16384"><text:p>x</text:p>'
        "</table:table-cell></table:table-row>"
    )
    one = make_odf("spreadsheet", f'<table:table table:name="A">{row}</table:table>')

    def read() -> Extraction:
        result = prepare("big.ods", one, Control("big.ods"))
        assert isinstance(result, Extraction)
        return result

    doc = within(10, read)
    rows = doc.parts[0].text.splitlines()
    assert len(rows) == 1001 and rows[0].count("| x ") == 100  # capped, said so
    assert doc.notes == ("(Columns past the 100th are left out.)",)
    three = make_odf("spreadsheet", f'<table:table table:name="A">{row}</table:table>' * 4)
    message = refusal("bigger.ods", three, peak_mib=256)
    assert message == (
        "bigger.ods has more than 300,000 filled cells, too many to attach: save the part that "
        "matters as CSV"
    )


def test_a_huge_xlsx_sheet_is_refused_by_its_cell_count(monkeypatch: pytest.MonkeyPatch) -> None:
    import chatdesk.services.documents.sheets as sheets

    monkeypatch.setattr(sheets, "MAX_CELLS", 30_000)  # the same path as 300,000, 10x faster
    cells = "".join(f'<c t="n"><v>{n}</v></c>' for n in range(10))
    rows = "".join(f"<row>{cells}</row>" for _ in range(3_100))
    sheet = f'<worksheet xmlns="x"><sheetData>{rows}</sheetData></worksheet>'
    message = refusal("huge.xlsx", make_xlsx({"S": []}, sheet_xml=sheet))
    assert message.startswith("huge.xlsx has more than 30,000 filled cells")


def test_damaged_pdfs_are_refused_clearly() -> None:
    pdf = make_pdf(["Some text on a page"])
    for broken in (pdf[: len(pdf) // 2], b"%PDF-1.7\n" + bytes(range(256)) * 50, b"%PDF-"):
        message = refusal("broken.pdf", broken)
        assert message.startswith("broken.pdf is damaged or not a PDF") or message == (
            "broken.pdf has no text to extract"
        )


def test_too_much_text_is_refused_not_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    import chatdesk.services.documents.model as model

    monkeypatch.setattr(model, "MAX_TEXT_CHARS", 10_000)
    page = "<p>" + "words and more words " * 1000 + "</p>"
    message = refusal("long.html", page.encode())
    assert (
        message == "long.html holds more than 0.01 million characters of text, too much to attach"
    )


def test_html_that_never_closes_a_comment_ends_in_time() -> None:
    page = b"<html><body><p>start</p><!--" + b"a" * (4 * MiB)
    result = within(10, lambda: prepare("open.html", page, Control("open.html")))
    assert isinstance(result, Extraction) and result.parts[0].text.startswith("start")


def test_the_time_budget_stops_a_long_read() -> None:
    xlsx = make_xlsx({f"S{n}": [["a", n]] for n in range(50)})
    control = Control("slow.xlsx", budget_s=0.0)
    with pytest.raises(DocumentError, match=r"slow\.xlsx took longer than 0 s to read"):
        prepare("slow.xlsx", xlsx, control)


def test_cancel_stops_at_the_next_page() -> None:
    from chatdesk.services.documents import Cancelled

    pages: list[int] = []
    control = Control("many.pdf")

    def progress(done: int, total: int) -> None:
        pages.append(done)
        if done == 3:
            control.cancel.set()

    control.on_progress = progress
    with pytest.raises(Cancelled):
        prepare("many.pdf", make_pdf([f"Page {n} has some text on it" for n in range(50)]), control)
    assert pages == [0, 1, 2, 3]


@pytest.mark.parametrize("cut", [10, 100, 1000, 3000])
def test_every_truncation_of_each_format_fails_cleanly(cut: int) -> None:
    """A file cut anywhere is damaged, never an internal error."""
    from devkit.documents import make_epub, make_pptx

    files: dict[str, Callable[[], bytes]] = {
        "a.docx": lambda: make_docx(docx_paragraph("text " * 500)),
        "a.pptx": lambda: make_pptx([("T", [(0, "b " * 500)])]),
        "a.xlsx": lambda: make_xlsx({"S": [["x " * 500]]}),
        "a.odt": lambda: make_odf("text", "<text:p>" + "t " * 500 + "</text:p>"),
        "a.epub": lambda: make_epub(["<p>" + "e " * 500 + "</p>"]),
        "a.pdf": lambda: make_pdf(["p " * 500]),
    }
    for name, make in files.items():
        data = make()[:cut]

        def attempt(name: str = name, data: bytes = data) -> None:
            with contextlib.suppress(DocumentError):
                prepare(name, data, Control(name))

        within(20, attempt)


def test_an_xml_part_in_an_unknown_encoding_is_damaged_not_a_crash() -> None:
    doc = '<?xml version="1.0" encoding="U-8"?><w:document xmlns:w="w"/>'
    message = refusal("enc.docx", make_docx("", document_xml=doc))
    assert message.startswith("enc.docx is damaged: word/document.xml cannot be read (unknown")


def test_a_pdf_page_that_cannot_be_loaded_is_named_and_the_rest_kept() -> None:
    pdf = make_pdf(["Page one has enough text", "Page two has text", "Page three has text"])
    broken = pdf.replace(b"/Kids [5 0 R 7 0 R 9 0 R]", b"/Kids [5 0 R 3 0 R 9 0 R]")
    doc = prepare("b.pdf", broken, Control("b.pdf"))
    assert isinstance(doc, Extraction)
    assert doc.notes == ("(Could not read page 2: damaged.)",)
    assert [p.text for p in doc.parts] == ["Page one has enough text", "", "Page three has text"]


def _mutated(data: bytes, rng: random.Random) -> bytes:
    """``data`` with bytes changed, cut and inserted; inside a ZIP, in its members (so the
    archive stays valid and the XML readers see the damage)."""

    def damage(raw: bytes) -> bytes:
        out = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(max(len(out), 1))
            choice = rng.random()
            if choice < 0.4:
                del out[at : at + rng.randint(1, 20)]
            elif choice < 0.7:
                out[at:at] = rng.choice(_INSERTS)
            elif out:
                out[at] = rng.randrange(256)
        return bytes(out)

    if not data.startswith(b"PK"):
        return damage(data)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            raw = source.read(info)
            archive.writestr(info.filename, damage(raw) if rng.random() < 0.7 else raw)
    return out.getvalue()


_INSERTS = [
    b"<", b">", b"&", b'"', b"<w:tbl>", b"</w:tc>", b"<w:tr>", b"</table:table>",
    b"<table:table-cell table:number-columns-repeated='99999'>", b'r="ZZZ99"',
    b"<c r='A1' t='s'><v>999</v></c>", b"lvl='x'", b"outline-level='99'",
    b"encoding='bogus'", b"full-path=''",
]  # fmt: skip


def test_damaged_files_of_every_format_fail_cleanly() -> None:
    """Seeded mutations (3,600 of them found two crashes before they were fixed; 40 a
    format here): every one is read or refused with a ``DocumentError``, never a crash."""
    from devkit.documents import docx_table, make_epub, make_pptx

    rng = random.Random(7)
    files = {
        "a.docx": make_docx(
            [docx_paragraph("H", "berschrift1") + docx_table([["a", "b"]]), docx_paragraph("p")]
        ),
        "a.pptx": make_pptx([("T", [(0, "b"), (1, "c")])], notes="n"),
        "a.xlsx": make_xlsx({"S": [["a", 1, 2.5], ["b", None, "c"]]}),
        "a.odt": make_odf(
            "text",
            "<text:h>H</text:h><text:list><text:list-item><text:p>i"
            "</text:p></text:list-item></text:list>",
        ),
        "a.ods": make_odf(
            "spreadsheet",
            "<table:table><table:table-row><table:table-cell>"
            "<text:p>3</text:p></table:table-cell></table:table-row></table:table>",
        ),
        "a.epub": make_epub(["<h1>x</h1><p>y</p>"]),
        "a.pdf": make_pdf(["Hello page one with text", "page two text here"]),
        "a.html": b"<h1>x</h1><table><tr><td>a<td><table><tr><td>n</table></table><ul><li>a",
    }
    for name, data in files.items():
        for _ in range(40):
            mutated = _mutated(data, rng)

            def attempt(name: str = name, mutated: bytes = mutated) -> None:
                with contextlib.suppress(DocumentError, PasswordRequired, NoTextLayer):
                    prepare(name, mutated, Control(name))

            within(20, attempt)
