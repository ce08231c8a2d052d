"""Documents as attachments: what a file is, and its text as Markdown.

``prepare(name, data, control)`` tells a file by its content (and, for HTML and CSV, its
name) and answers an ``Attachment`` that goes as it is (an image, a text or source file in
any detectable encoding) or an ``Extraction`` of a document (PDF, Word, PowerPoint, Excel,
OpenDocument, EPUB, HTML, CSV) that the caller sizes up before attaching. It raises
``DocumentError`` (a clear refusal), ``PasswordRequired``, ``NoTextLayer`` or ``Cancelled``.

Runs on a worker thread; nothing here touches Qt. Each reader module holds one format:
``pdf`` (pypdfium2), ``word``, ``slides``, ``sheets``, ``odf``, ``web`` (standard library
only: ``zipfile`` through ``safe_zip``, ``xml.parsers.expat`` through ``safe_xml``,
``html.parser``) and ``text`` (charset-normalizer); the encoding a text file was read in
goes with it (``Attachment.encoding``, ``Extraction.encoding``) for the user to see. When it
was guessed wrong, ``prepare(..., encoding=...)`` reads the same bytes again strictly in the
encoding the user names.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import PurePath

from chatdesk.core.attachments import MAX_FILE_BYTES, Attachment, make_attachment
from chatdesk.core.i18n import tr
from chatdesk.services.documents.model import (
    MAX_DOCUMENT_BYTES,
    Cancelled,
    Control,
    DocumentError,
    Extraction,
    NoTextLayer,
    Part,
    PasswordRequired,
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Cancelled",
    "Control",
    "DocumentError",
    "Extraction",
    "Format",
    "NoTextLayer",
    "Part",
    "PasswordRequired",
    "limit_for",
    "prepare",
    "sniff",
]


class Format(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    PPTX = "pptx"
    XLSX = "xlsx"
    ODT = "odt"
    ODS = "ods"
    ODP = "odp"
    EPUB = "epub"
    HTML = "html"
    CSV = "csv"
    TSV = "tsv"
    OTHER = "other"
    """An image or a text file: ``core.attachments`` and ``text`` handle it."""


_BY_SUFFIX = {
    ".pdf": Format.PDF,
    ".docx": Format.DOCX,
    ".docm": Format.DOCX,
    ".pptx": Format.PPTX,
    ".pptm": Format.PPTX,
    ".xlsx": Format.XLSX,
    ".xlsm": Format.XLSX,
    ".odt": Format.ODT,
    ".ods": Format.ODS,
    ".odp": Format.ODP,
    ".epub": Format.EPUB,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".csv": Format.CSV,
    ".tsv": Format.TSV,
}
_ODF = {
    b"application/vnd.oasis.opendocument.text": Format.ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": Format.ODS,
    b"application/vnd.oasis.opendocument.presentation": Format.ODP,
    b"application/epub+zip": Format.EPUB,
}
_OOXML = {"word/": Format.DOCX, "ppt/": Format.PPTX, "xl/": Format.XLSX}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def limit_for(name: str) -> int:
    """The most bytes worth reading of a file so named (documents are allowed more)."""
    return MAX_DOCUMENT_BYTES if PurePath(name).suffix.lower() in _BY_SUFFIX else MAX_FILE_BYTES


def sniff(name: str, data: bytes) -> Format:
    """What the file is, by its content first; ``DocumentError`` for formats refused."""
    if b"%PDF-" in data[:1024]:
        return Format.PDF
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(name, data)
    if data.startswith(_OLE2):
        raise DocumentError(
            tr(
                "{name} is an old binary Office file (.doc, .xls or .ppt): save it as .docx, "
                ".xlsx, .pptx or PDF first"
            ).format(name=name)
        )
    by_name = _BY_SUFFIX.get(PurePath(name).suffix.lower())
    if by_name in (Format.HTML, Format.CSV, Format.TSV):
        return by_name
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return Format.HTML
    return Format.OTHER


def _sniff_zip(name: str, data: bytes) -> Format:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                kind = archive.read("mimetype")[:100].strip()  # stored, a few bytes
                if kind in _ODF:
                    return _ODF[kind]
            if "[Content_Types].xml" in names:
                for folder, found in _OOXML.items():
                    if any(n.startswith(folder) for n in names):
                        return found
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
        raise DocumentError(
            tr("{name} is damaged or not a valid archive").format(name=name)
        ) from None
    raise DocumentError(
        tr(
            "{name} is a ZIP archive, not a document chatdesk reads (PDF, Word, PowerPoint, "
            "Excel, OpenDocument, EPUB)"
        ).format(name=name)
    )


def prepare(
    name: str,
    data: bytes,
    control: Control,
    password: str | None = None,
    encoding: str | None = None,
) -> Attachment | Extraction:
    """The attachment for ``data``, or the extraction of a document to size up first.
    ``encoding`` (a Python codec name) reads a text file, HTML or CSV in that encoding
    rather than the one detected; its label then always goes with it, UTF-8 too."""
    kind = sniff(name, data)
    if kind is Format.PDF:
        from chatdesk.services.documents.pdf import extract_pdf

        return extract_pdf(data, control, password)
    if kind is Format.DOCX:
        from chatdesk.services.documents.word import extract_docx

        return extract_docx(data, control)
    if kind is Format.PPTX:
        from chatdesk.services.documents.slides import extract_pptx

        return extract_pptx(data, control)
    if kind in (Format.XLSX, Format.ODS):
        from chatdesk.services.documents.sheets import extract_ods, extract_xlsx

        return (extract_xlsx if kind is Format.XLSX else extract_ods)(data, control)
    if kind in (Format.ODT, Format.ODP):
        from chatdesk.services.documents.odf import extract_odp, extract_odt

        return (extract_odt if kind is Format.ODT else extract_odp)(data, control)
    if kind is Format.EPUB:
        from chatdesk.services.documents.web import extract_epub

        return extract_epub(data, control)
    return _text_like(name, data, kind, control, encoding)


def _text_like(
    name: str, data: bytes, kind: Format, control: Control, forced: str | None
) -> Attachment | Extraction:
    from dataclasses import replace

    from chatdesk.core.attachments import image_mime
    from chatdesk.services.documents.text import decode_as, decode_text, label

    if kind is Format.OTHER and image_mime(data) is not None:
        return make_attachment(name, data)
    if forced is not None:
        text, read_as = decode_as(name, data, forced), label(forced)
    else:
        text, encoding = decode_text(name, data)
        read_as = "" if encoding == "utf-8" else label(encoding)
    if kind is Format.HTML:
        from chatdesk.services.documents.web import extract_html

        return replace(extract_html(text, control), encoding=read_as)
    if kind in (Format.CSV, Format.TSV):
        from chatdesk.services.documents.sheets import extract_csv

        return replace(extract_csv(text, control, tab=kind is Format.TSV), encoding=read_as)
    return replace(make_attachment(name, text.encode("utf-8")), encoding=read_as)
