"""Each format read from a real file the suite writes, with known text: structure that
survives (headings, lists, tables) comes out as Markdown, under page, slide, sheet or
section markers."""

from __future__ import annotations

import datetime as dt

import pytest

from chatdesk.core.attachments import TEXT
from chatdesk.services.documents import (
    Control,
    DocumentError,
    Extraction,
    NoTextLayer,
    PasswordRequired,
    prepare,
    sniff,
)
from devkit.documents import (
    docx_paragraph,
    docx_table,
    make_docx,
    make_epub,
    make_odf,
    make_pdf,
    make_pptx,
    make_xlsx,
)


def extract(name: str, data: bytes, password: str | None = None) -> Extraction:
    result = prepare(name, data, Control(name), password)
    assert isinstance(result, Extraction), result
    return result


def test_pdf_pages_arrive_under_page_markers() -> None:
    pdf = make_pdf(
        ["Quarterly report\nRevenue grew (a lot)", "Second page: costs fell", "Ende: Grüße"]
    )
    doc = extract("report.pdf", pdf)
    assert (doc.kind, doc.unit, doc.count) == ("PDF", "page", 3)
    assert doc.text() == (
        "PDF, 3 pages.\n\n--- Page 1 ---\n\nQuarterly report\nRevenue grew (a lot)\n\n"
        "--- Page 2 ---\n\nSecond page: costs fell\n\n--- Page 3 ---\n\nEnde: Grüße\n"
    )
    assert doc.text(2, 2) == (
        "PDF, 3 pages; only pages 2–2 are included.\n\n--- Page 2 ---\n\nSecond page: costs fell\n"
    )


def test_a_pdf_with_some_empty_pages_says_which() -> None:
    doc = extract(
        "mixed.pdf", make_pdf(["A page with enough text on it", None, "Another page of text"])
    )
    assert doc.notes == ("(No text on page 2: images or blank.)",)
    assert "(No text on page 2: images or blank.)" in doc.text()


def test_an_encrypted_pdf_needs_its_password() -> None:
    pdf = make_pdf(["The secret plan is in here"], password="s3cret")
    with pytest.raises(PasswordRequired) as asked:
        prepare("locked.pdf", pdf, Control("locked.pdf"))
    assert not asked.value.wrong
    with pytest.raises(PasswordRequired) as again:
        prepare("locked.pdf", pdf, Control("locked.pdf"), "guess")
    assert again.value.wrong
    assert "The secret plan is in here" in extract("locked.pdf", pdf, "s3cret").text()


def test_a_scanned_pdf_is_recognised_and_its_pages_render_as_png() -> None:
    from chatdesk.core.attachments import image_size
    from chatdesk.services.documents.pdf import render_pages

    pdf = make_pdf([None, None, None])
    with pytest.raises(NoTextLayer) as scanned:
        prepare("scan.pdf", pdf, Control("scan.pdf"))
    assert scanned.value.pages == 3
    images = render_pages(pdf, Control("scan.pdf"), 2, 3)
    assert len(images) == 2
    assert all(image.startswith(b"\x89PNG\r\n\x1a\n") for image in images)
    assert image_size(images[0], "image/png") == (850, 1100)  # Letter at 100 dpi


def test_a_pdf_without_any_text_or_image_is_refused() -> None:
    blank = make_pdf([""])
    with pytest.raises(DocumentError, match=r"blank\.pdf has no text to extract"):
        prepare("blank.pdf", blank, Control("blank.pdf"))


def test_docx_headings_lists_tables_and_pages() -> None:
    docx = make_docx(
        [
            docx_paragraph("Quarterly report", "berschrift1")
            + docx_paragraph("Revenue grew by 12 percent.")
            + docx_paragraph("North first", num=(1, 0))
            + docx_paragraph("then South", num=(1, 0))
            + docx_paragraph("Step one", num=(2, 0))
            + docx_table([["Region", "Sales"], ["North", "10|5"], ["South", "7"]]),
            docx_paragraph("Outlook", "berschrift2") + docx_paragraph("Flat & calm <ok>"),
        ]
    )
    doc = extract("report.docx", docx)
    assert (doc.kind, doc.count) == ("Word document", 2)
    assert doc.parts[0].text == (
        "# Quarterly report\n\nRevenue grew by 12 percent.\n\n- North first\n- then South\n"
        "1. Step one\n\n| Region | Sales |\n| --- | --- |\n| North | 10\\|5 |\n| South | 7 |"
    )
    assert doc.parts[1].text == "## Outlook\n\nFlat & calm <ok>"
    assert "--- Page 2 ---" in doc.text()


def test_docx_rendered_page_breaks_win_and_deleted_text_is_left_out() -> None:
    body = (
        "<w:p><w:r><w:t>One</w:t></w:r></w:p>"
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Two</w:t></w:r>"
        "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>"
        "<w:r><w:instrText>PAGE</w:instrText></w:r></w:p>"
    )
    doc = extract("d.docx", make_docx(body))
    assert [p.text for p in doc.parts] == ["One", "Two"]


def test_pptx_slides_in_presentation_order_with_titles_bullets_and_notes() -> None:
    pptx = make_pptx(
        [("Plan", [(0, "Ship it"), (1, "on Friday")]), ("Risks", [(0, "None known")])],
        notes="Say it slowly",
    )
    doc = extract("deck.pptx", pptx)
    assert (doc.kind, doc.unit, doc.count) == ("PowerPoint presentation", "slide", 2)
    assert doc.parts[0].text == "## Plan\n\n- Ship it\n  - on Friday\n\nNotes: Say it slowly"
    assert doc.parts[1].label == "Slide 2" and doc.parts[1].text == "## Risks\n\n- None known"


def test_xlsx_sheets_as_tables_with_shared_strings_numbers_and_dates() -> None:
    xlsx = make_xlsx(
        {
            "Budget": [
                ["Item", "Cost", "Due"],
                ["Rent", 1200.5, dt.date(2024, 3, 1)],
                ["Tax", 0.1 + 0.2],
            ],
            "Empty": [],
        }
    )
    doc = extract("book.xlsx", xlsx)
    assert [p.label for p in doc.parts] == ["Sheet 1: Budget", "Sheet 2: Empty"]
    assert doc.parts[0].text == (
        "| Item | Cost | Due |\n| --- | --- | --- |\n"
        "| Rent | 1200.5 | 2024-03-01 |\n| Tax | 0.3 |  |"
    )


def test_ods_repeats_are_counted_not_expanded() -> None:
    body = (
        '<table:table table:name="Data">'
        "<table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="2"/>'
        "<table:table-cell><text:p>Score</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="16380"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="2">'
        '<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p>'
        "</table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/>'
        "</table:table-row>"
        "</table:table>"
    )
    doc = extract("data.ods", make_odf("spreadsheet", body))
    assert doc.parts[0].label == "Sheet 1: Data"
    assert doc.parts[0].text == (
        "| Name |  |  | Score |\n| --- | --- | --- | --- |\n| 3 |  |  |  |\n| 3 |  |  |  |"
    )


def test_odt_headings_lists_tables_and_soft_page_breaks() -> None:
    body = (
        '<text:h text:outline-level="1">Minutes</text:h>'
        '<text:p>Opened at <text:s text:c="2"/>nine.</text:p>'
        "<text:list><text:list-item><text:p>Budget</text:p>"
        "<text:list><text:list-item><text:p>approved</text:p></text:list-item></text:list>"
        "</text:list-item></text:list>"
        "<text:soft-page-break/>"
        "<table:table><table:table-row><table:table-cell><text:p>Who</text:p></table:table-cell>"
        "<table:table-cell><text:p>Vote</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>Ann</text:p></table:table-cell>"
        "<table:table-cell><text:p>yes</text:p></table:table-cell></table:table-row></table:table>"
        "<office:annotation><text:p>hidden comment</text:p></office:annotation>"
    )
    doc = extract("minutes.odt", make_odf("text", body))
    assert [p.text for p in doc.parts] == [
        "# Minutes\n\nOpened at   nine.\n\n- Budget\n  - approved",
        "| Who | Vote |\n| --- | --- |\n| Ann | yes |",
    ]


def test_odp_slides() -> None:
    body = (
        '<draw:page><draw:frame presentation:class="title"><draw:text-box><text:p>Hello</text:p>'
        "</draw:text-box></draw:frame></draw:page><draw:page><draw:frame><draw:text-box>"
        "<text:p>Second</text:p></draw:text-box></draw:frame></draw:page>"
    )
    doc = extract("talk.odp", make_odf("presentation", body))
    assert [(p.label, p.text) for p in doc.parts] == [
        ("Slide 1", "## Hello"),
        ("Slide 2", "Second"),
    ]


def test_epub_sections_follow_the_spine() -> None:
    epub = make_epub(
        ["<h1>Chapter One</h1><p>It was a dark night.</p>", "<p>The end&nbsp;came.</p>"]
    )
    doc = extract("book.epub", epub)
    assert [p.text for p in doc.parts] == [
        "# Chapter One\n\nIt was a dark night.",
        "The end came.",
    ]
    assert doc.text().startswith("EPUB book, 2 sections.\n\n--- Section 1 ---")


def test_html_keeps_structure_and_drops_scripts() -> None:
    page = (
        b"<!doctype html><html><head><title>T</title><style>p{}</style></head><body>"
        b"<script>alert(1)</script><h2>News</h2><p>Read <a href='https://example.org/a b'>this</a>"
        b" and <a href='javascript:x()'>not this</a>.</p><ol><li>one<li>two</ol>"
        b"<pre>if a:\n    b()</pre><table><tr><th>A<th>B<tr><td>1<td>2</table></body></html>"
    )
    doc = extract("page.html", page)
    assert doc.text() == (
        "Web page.\n\n## News\n\nRead [this](https://example.org/a%20b) and not this.\n\n"
        "1. one\n1. two\n\n```\nif a:\n    b()\n```\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n"
    )


def test_csv_in_a_legacy_encoding_with_a_sniffed_delimiter() -> None:
    rows = "Name;Stadt;Betrag\n" + "".join(f"Müller {i};Köln;{i},50 €\n" for i in range(30))
    doc = extract("export.csv", rows.encode("cp1252"))
    assert doc.text().startswith("CSV table.\n\n| Name | Stadt | Betrag |\n| --- | --- | --- |\n")
    assert "| Müller 0 | Köln | 0,50 € |" in doc.text()


def test_source_files_in_other_encodings_become_utf8_text() -> None:
    cyrillic = "# Комментарий: проверка кодировки файла с исходным кодом\nprint('привет')\n"
    for encoding in ("cp1251", "koi8-r", "utf-16"):
        attachment = prepare("script.py", cyrillic.encode(encoding), Control("script.py"))
        assert not isinstance(attachment, Extraction)
        assert attachment.kind == TEXT and attachment.text == cyrillic, encoding


def test_binary_files_and_old_office_files_are_refused_clearly() -> None:
    with pytest.raises(DocumentError, match="nor text in an encoding that could be detected"):
        prepare("blob.bin", bytes(range(256)) * 8, Control("blob.bin"))
    with pytest.raises(DocumentError, match=r"old binary Office file .* save it as \.docx"):
        prepare("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, Control("old.doc"))
    with pytest.raises(DocumentError, match="a ZIP archive, not a document"):
        import io
        import zipfile

        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("readme.txt", "hi")
        prepare("stuff.zip", out.getvalue(), Control("stuff.zip"))


def test_formats_are_told_by_content_not_name() -> None:
    assert sniff("renamed.txt", make_pdf(["x"])) == "pdf"
    assert sniff("report", make_docx(docx_paragraph("x"))) == "docx"
    assert sniff("noext", make_odf("text", "")) == "odt"
    assert sniff("page.txt", b"<!DOCTYPE html><p>x") == "html"
