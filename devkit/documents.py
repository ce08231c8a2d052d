"""Real documents with known text, written by hand: PDFs (plain, encrypted with the standard
RC4 handler, scanned: images without text), and Office, ODF and EPUB archives as their
specifications lay them out, plus hostile ones (zip and entity bombs, deep nesting).
Nothing here needs a library beyond the standard one, so the suite checks chatdesk's
readers against files it did not make with them. Used by the tests and ``bench/extract``
(hence here, not in ``tests/``)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Sequence

# -- PDF ------------------------------------------------------------------------------

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_FILE_ID = bytes.fromhex("00112233445566778899aabbccddeeff")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _page_content(lines: Sequence[str]) -> bytes:
    ops = [b"BT /F1 12 Tf 14 TL 72 720 Td"]
    for line in lines:
        ops.append(_pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def make_pdf(
    pages: Sequence[str | None], *, password: str | None = None, image_pages: bool = False
) -> bytes:
    """A PDF whose pages hold these texts (lines split at "\\n"), in Helvetica.

    ``None`` or ``image_pages``: the page shows a grey image and has no text, like a scan.
    ``password``: encrypted with the standard security handler (RC4, 40 bits, revision 2),
    that password to open it."""
    objects: dict[int, bytes] = {}
    streams: dict[int, bytes] = {}
    n = len(pages)
    page_ids = [5 + 2 * i for i in range(n)]
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)
    objects[3] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objects[4] = (
        b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 >>"
    )
    streams[4] = bytes((x * 16) % 256 for x in range(256))
    for text, page in zip(pages, page_ids, strict=True):
        scanned = text is None or image_pages
        resources = b"/XObject << /Im1 4 0 R >>" if scanned else b"/Font << /F1 3 0 R >>"
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << %s >> "
            b"/Contents %d 0 R >>" % (resources, page + 1)
        )
        objects[page + 1] = b"<< >>"
        content = (
            b"q 612 0 0 792 0 0 cm /Im1 Do Q"
            if scanned
            else _page_content((text or "").split("\n"))
        )
        streams[page + 1] = content
    key = b""
    encrypt_id = 0
    if password is not None:
        owner = hashlib.md5(_padded("owner-" + password)).digest()[:5]
        o_value = _rc4(owner, _padded(password))
        p_value = (-44).to_bytes(4, "little", signed=True)
        key = hashlib.md5(_padded(password) + o_value + p_value + _FILE_ID).digest()[:5]
        u_value = _rc4(key, _PAD)
        encrypt_id = max(objects) + 1
        objects[encrypt_id] = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (
            o_value.hex().encode(),
            u_value.hex().encode(),
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = out.tell()
        body = objects[num]
        if num in streams:
            data = streams[num]
            if key:
                object_key = hashlib.md5(key + num.to_bytes(3, "little") + b"\0\0").digest()[:10]
                data = _rc4(object_key, data)
            body = body[:-2] + b"/Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        out.write(b"%d 0 obj\n%s\nendobj\n" % (num, body))
    xref = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for num in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[num])
    encrypt = b" /Encrypt %d 0 R" % encrypt_id if encrypt_id else b""
    file_id = _FILE_ID.hex().encode()
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>]%s >>\nstartxref\n%d\n%%%%EOF\n"
        % (size, file_id, file_id, encrypt, xref)
    )
    return out.getvalue()


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + _PAD)[:32]


# -- ZIP-based documents -----------------------------------------------------------------


def _zip(members: dict[str, str | bytes], *, first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if first is not None:  # ODF and EPUB: "mimetype" first, stored
            archive.writestr(zipfile.ZipInfo(first), members[first], zipfile.ZIP_STORED)
        for name, data in members.items():
            if name != first:
                archive.writestr(name, data)
    return out.getvalue()


_CT = (
    '<?xml version="1.0"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _rels(*rels: tuple[str, str, str]) -> str:
    items = "".join(
        f'<Relationship Id="{i}" Type="{_REL}/{kind}" Target="{target}"/>'
        for i, kind, target in rels
    )
    return f'<?xml version="1.0"?><Relationships {_PKG}>{items}</Relationships>'


def docx_paragraph(text: str, style: str = "", num: tuple[int, int] | None = None) -> str:
    ppr = ""
    if style or num:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        if num:
            inner += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'


def docx_table(rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{docx_paragraph(c)}</w:tc>" for c in row) + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


DOCX_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def make_docx(body: str | Sequence[str], *, document_xml: str | None = None) -> bytes:
    """A DOCX whose body is ``body`` (WordprocessingML; pages as a list are joined by page
    breaks), with a "Heading 1"–"Heading 3" style set (ids in German, as Word writes them
    in Germany) and a numbering part: numId 1 bullets, numId 2 decimal."""
    if not isinstance(body, str):
        body = DOCX_PAGE_BREAK.join(body)
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="berschrift{n}">'
        f'<w:name w:val="heading {n}"/></w:style>'
        for n in (1, 2, 3)
    )
    numbering = (
        f"<w:numbering {_W}>"
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        "</w:lvl></w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
        "</w:lvl></w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )
    return _zip(
        {
            "[Content_Types].xml": _CT,
            "_rels/.rels": _rels(("rId1", "officeDocument", "word/document.xml")),
            "word/_rels/document.xml.rels": _rels(
                ("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml")
            ),
            "word/document.xml": document_xml
            or f"<w:document {_W} {_R}><w:body>{body}</w:body></w:document>",
            "word/styles.xml": f"<w:styles {_W}>{styles}</w:styles>",
            "word/numbering.xml": numbering,
        }
    )


_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
_P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'


def _shape(kind: str, paragraphs: Sequence[tuple[int, str]]) -> str:
    ph = f'<p:nvPr><p:ph type="{kind}"/></p:nvPr>' if kind else "<p:nvPr/>"
    body = "".join(
        f'<a:p><a:pPr lvl="{level}"/><a:r><a:t>{_esc(text)}</a:t></a:r></a:p>'
        for level, text in paragraphs
    )
    return f"<p:sp><p:nvSpPr>{ph}</p:nvSpPr><p:txBody>{body}</p:txBody></p:sp>"


def make_pptx(slides: Sequence[tuple[str, Sequence[tuple[int, str]]]], notes: str = "") -> bytes:
    """Slides of (title, [(level, bullet)]); the first slide gets ``notes``."""
    members: dict[str, str | bytes] = {
        "[Content_Types].xml": _CT,
        "_rels/.rels": _rels(("rId1", "officeDocument", "ppt/presentation.xml")),
    }
    ids = "".join(f'<p:sldId id="{256 + n}" r:id="rId{n + 1}"/>' for n in range(len(slides)))
    members["ppt/presentation.xml"] = (
        f"<p:presentation {_P} {_R}><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"
    )
    # Relationships listed in reverse: the order must come from sldIdLst.
    members["ppt/_rels/presentation.xml.rels"] = _rels(
        *reversed(
            [(f"rId{n + 1}", "slide", f"slides/slide{n + 1}.xml") for n in range(len(slides))]
        )
    )
    for n, (title, bullets) in enumerate(slides, 1):
        shapes = _shape("title", [(0, title)]) + _shape("body", bullets)
        members[f"ppt/slides/slide{n}.xml"] = (
            f"<p:sld {_P} {_A}><p:cSld><p:spTree>{shapes}</p:spTree></p:cSld></p:sld>"
        )
        if n == 1 and notes:
            members["ppt/slides/_rels/slide1.xml.rels"] = _rels(
                ("rId1", "notesSlide", "../notesSlides/notesSlide1.xml")
            )
            members["ppt/notesSlides/notesSlide1.xml"] = (
                f"<p:notes {_P} {_A}><p:cSld><p:spTree>{_shape('body', [(0, notes)])}"
                "</p:spTree></p:cSld></p:notes>"
            )
    return _zip(members)


def make_xlsx(sheets: dict[str, Sequence[Sequence[object]]], *, sheet_xml: str = "") -> bytes:
    """Sheets of rows; str cells become shared strings, numbers stay numbers, a
    ``datetime.date`` becomes a serial number in a date format. ``sheet_xml``: the first
    sheet's XML as given."""
    import datetime as dt

    strings: list[str] = []
    members: dict[str, str | bytes] = {
        "[Content_Types].xml": _CT,
        "_rels/.rels": _rels(("rId1", "officeDocument", "xl/workbook.xml")),
    }
    listed = "".join(
        f'<sheet name="{_esc(name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(sheets, 1)
    )
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    members["xl/workbook.xml"] = f"<workbook {ns} {_R}><sheets>{listed}</sheets></workbook>"
    rels = [(f"rId{n}", "worksheet", f"worksheets/sheet{n}.xml") for n in range(1, len(sheets) + 1)]
    rels += [("rIdS", "sharedStrings", "sharedStrings.xml"), ("rIdT", "styles", "styles.xml")]
    members["xl/_rels/workbook.xml.rels"] = _rels(*rels)
    for n, rows in enumerate(sheets.values(), 1):
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{chr(65 + c)}{r}"
                if value is None:
                    continue
                if isinstance(value, str):
                    strings.append(value)
                    cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
                elif isinstance(value, dt.date):
                    serial = (value - dt.date(1899, 12, 30)).days
                    cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        members[f"xl/worksheets/sheet{n}.xml"] = (
            sheet_xml
            if sheet_xml and n == 1
            else f"<worksheet {ns}><sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
        )
    items = "".join(f"<si><t>{_esc(s)}</t></si>" for s in strings)
    members["xl/sharedStrings.xml"] = f"<sst {ns}>{items}</sst>"
    members["xl/styles.xml"] = (
        f'<styleSheet {ns}><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>'
    )
    return _zip(members)


_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
)


def make_odf(kind: str, body: str) -> bytes:
    """An ODF package (kind "text", "spreadsheet" or "presentation") whose office:body
    holds ``body``."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
        f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    )
    return _zip(
        {
            "mimetype": f"application/vnd.oasis.opendocument.{kind}",
            "content.xml": content,
            "META-INF/manifest.xml": "<manifest/>",
        },
        first="mimetype",
    )


def make_epub(chapters: Sequence[str]) -> bytes:
    """An EPUB 3 whose spine is these XHTML bodies, in order (manifest listed backwards)."""
    items = "".join(
        f'<item id="c{n}" href="text/ch{n}.xhtml" media-type="application/xhtml+xml"/>'
        for n in reversed(range(len(chapters)))
    )
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    members: dict[str, str | bytes] = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": (
            '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/book.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>'
        ),
        "OEBPS/book.opf": (
            '<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f"<manifest>{items}</manifest><spine>{spine}</spine></package>"
        ),
    }
    for n, body in enumerate(chapters):
        members[f"OEBPS/text/ch{n}.xhtml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html>'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>'
            f"<body>{body}</body></html>"
        )
    return _zip(members, first="mimetype")


# -- hostile files ------------------------------------------------------------------------


def zip_bomb_docx(inflated: int = 1024 * 1024 * 1024) -> bytes:
    """A DOCX whose document part inflates to ``inflated`` bytes of zeros (~1 MB per GB
    packed), streamed into the archive so making it costs no memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _rels(("rId1", "officeDocument", "word/document.xml")))
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(inflated // len(block)):
                member.write(block)
    return out.getvalue()


def billion_laughs() -> str:
    """The classic entity bomb: ten levels of ten references, 10^9 "lol"s when expanded."""
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE lolz [", '<!ENTITY lol0 "lol">']
    for level in range(1, 10):
        ref = f"&lol{level - 1};" * 10
        lines.append(f'<!ENTITY lol{level} "{ref}">')
    lines.append("]>")
    lines.append(
        f"<w:document {_W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return "\n".join(lines)


def external_entity() -> str:
    return (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        f"<w:document {_W}><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"
    )


def deeply_nested(depth: int = 100_000) -> str:
    return (
        f"<w:document {_W}><w:body>" + "<w:p>" * depth + "</w:p>" * depth + "</w:body></w:document>"
    )
