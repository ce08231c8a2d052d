"""OpenDocument text (ODT) and presentations (ODP), from ``content.xml``.

ODT: headings (``text:h`` with its outline level), paragraphs, nested lists, tables, and
pages where LibreOffice recorded its layout (``text:soft-page-break``). ODP: each
``draw:page`` is a slide; a frame of class "title" is its heading, the notes follow it.
Annotations, footnotes and tracked deletions are left out.
"""

from __future__ import annotations

from chatdesk.core.i18n import noop, tr
from chatdesk.services.documents.flow import Flow
from chatdesk.services.documents.model import Control, DocumentError, Extraction, Part
from chatdesk.services.documents.safe_xml import parse
from chatdesk.services.documents.safe_zip import SafeZip
from chatdesk.services.documents.shared import Collect

_SKIPPED = frozenset({"annotation", "note", "tracked-changes", "notes-configuration"})


class _Content(Collect):
    def __init__(self, control: Control) -> None:
        super().__init__()
        self.control = control
        self.flow = Flow(control)
        self.slides: list[str] = []
        self._slides_seen = 0
        self._skip = 0
        self._lists = 0
        self._item_fresh = False  # the next paragraph opens a list item
        self._paragraphs = 0  # open text:p / text:h (frames nest them)
        self._frame_title = False
        self._notes = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self._skip or tag in _SKIPPED:
            self._skip += 1
            return
        flow = self.flow
        if tag == "page":  # an ODP slide
            self._close_slide()
        elif tag == "frame":
            self._frame_title = attrs.get("class") == "title"
        elif tag == "notes":
            self._notes += 1
            flow.paragraph()
            flow.text("Notes:")
            flow.end_paragraph()
        elif tag in ("p", "h"):
            self._paragraphs += 1
            prefix = ""
            if tag == "h" or (self._frame_title and not self._notes):
                level = attrs.get("outline-level", "1" if tag == "h" else "2")
                prefix = "#" * min(int(level) if level.isdigit() else 1, 6) + " "
            elif self._lists and self._item_fresh and not flow.in_table:
                prefix = "  " * min(self._lists - 1, 8) + "- "
            self._item_fresh = False
            flow.paragraph(prefix)
        elif tag == "list":
            self._lists += 1
        elif tag == "list-item":
            self._item_fresh = True
        elif tag == "s":
            count = attrs.get("c", "1")
            flow.text(" " * min(int(count) if count.isdigit() else 1, 100))
        elif tag == "tab":
            flow.text("\t")
        elif tag == "line-break":
            flow.text("\n")
        elif tag == "soft-page-break":
            flow.page_break()
        elif tag == "table":
            flow.table()
        elif tag == "table-row":
            flow.row()
        elif tag in ("table-cell", "covered-table-cell"):
            flow.cell()

    def end(self, tag: str) -> None:
        if self._skip:
            self._skip -= 1
            return
        flow = self.flow
        if tag in ("p", "h"):
            self._paragraphs -= 1
            flow.end_paragraph()
        elif tag == "list":
            self._lists -= 1
        elif tag in ("table-cell", "covered-table-cell"):
            flow.end_cell()
        elif tag == "table":
            flow.end_table()
        elif tag == "frame":
            self._frame_title = False
        elif tag == "notes":
            self._notes -= 1

    def data(self, text: str) -> None:
        if self._paragraphs and not self._skip:
            self.flow.text(text)

    def _close_slide(self) -> None:
        if self._slides_seen:
            self.slides.append(self.flow.markdown())
        self._slides_seen += 1
        self.flow = Flow(self.control)

    def finish_slides(self) -> list[str]:
        self._close_slide()
        return self.slides


def _content(data: bytes, control: Control) -> _Content:
    archive = SafeZip(data, control)
    content = _Content(control)
    parse(archive.chunks("content.xml"), content, control, "content.xml")
    return content


def extract_odt(data: bytes, control: Control) -> Extraction:
    parts = _content(data, control).flow.parts("page")
    return Extraction(control.name, noop("OpenDocument text"), "page", parts)


def extract_odp(data: bytes, control: Control) -> Extraction:
    slides = _content(data, control).finish_slides()
    if not slides:
        raise DocumentError(tr("{name} has no slides").format(name=control.name))
    parts = tuple(Part(f"Slide {n}", text) for n, text in enumerate(slides, 1))
    return Extraction(control.name, noop("OpenDocument presentation"), "slide", parts)
