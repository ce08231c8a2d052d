"""PowerPoint (PPTX) and OpenDocument presentations (ODP): each slide's title as a heading,
its text boxes as paragraphs, bulleted body text as list items, tables as GFM tables, and
the speaker notes, under ``--- Slide N ---``.

PPTX slides are found in the order of ``presentation.xml``'s slide list through their
relationships; each slide part is streamed through ``safe_xml``. ODP keeps every slide
(``draw:page``) in ``content.xml``.
"""

from __future__ import annotations

from chatdesk.core.i18n import noop, tr
from chatdesk.services.documents.flow import Flow
from chatdesk.services.documents.model import MAX_PARTS, Control, DocumentError, Extraction, Part
from chatdesk.services.documents.safe_xml import parse
from chatdesk.services.documents.safe_zip import SafeZip
from chatdesk.services.documents.shared import Collect, main_part, relationships

_TITLES = {"title", "ctrTitle"}


class _SlideList(Collect):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "sldId" and "id" in attrs:
            self.ids.append(attrs["id"])


class _Slide(Collect):
    """One slide (or its notes): shapes, paragraphs, tables."""

    def __init__(self, control: Control, *, notes: bool = False) -> None:
        super().__init__()
        self.flow = Flow(control)
        self._notes = notes
        self._kind = ""  # the placeholder type of the current shape
        self._level = 0
        self._in_text = False
        self._paragraph = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "sp":
            self._kind = ""
        elif tag == "ph":
            self._kind = attrs.get("type", "body")
        elif tag == "p" and not self._paragraph:
            self._paragraph = True
            self._level = 0
            self.flow.paragraph(self._prefix())
        elif tag == "pPr" and self._paragraph:
            level = attrs.get("lvl", "0")
            self._level = int(level) if level.isdigit() else 0
            self.flow.paragraph(self._prefix())
        elif tag == "t":
            self._in_text = True
        elif tag == "br":
            self.flow.text("\n")
        elif tag == "tbl":
            self.flow.table()
        elif tag == "tr":
            self.flow.row()
        elif tag == "tc":
            self.flow.cell()

    def _prefix(self) -> str:
        if self._notes or self._kind in ("sldNum", "dt", "ftr", "hdr"):
            return ""
        if self._kind in _TITLES:
            return "## "
        if self._kind == "body" and not self.flow.in_table:
            return "  " * min(self._level, 8) + "- "
        return ""

    def end(self, tag: str) -> None:
        if tag == "t":
            self._in_text = False
        elif tag == "p":
            self._paragraph = False
            self.flow.end_paragraph()
        elif tag == "tc":
            self.flow.end_cell()
        elif tag == "tbl":
            self.flow.end_table()
        elif tag == "sp":
            self._kind = ""

    def data(self, text: str) -> None:
        if self._in_text and self._kind not in ("sldNum", "dt", "ftr", "hdr"):
            self.flow.text(text)

    def markdown(self) -> str:
        return self.flow.markdown()


def extract_pptx(data: bytes, control: Control) -> Extraction:
    archive = SafeZip(data, control)
    presentation = main_part(archive, "ppt/presentation.xml")
    rels = relationships(archive, presentation)
    listing = _SlideList()
    parse(archive.chunks(presentation), listing, control, presentation)
    slides = [rels[i][0] for i in listing.ids if i in rels and rels[i][1] == "slide"]
    if len(slides) > MAX_PARTS:
        raise DocumentError(
            tr("{name} has more than %Ln slide(s); not read", "", MAX_PARTS).format(
                name=control.name
            )
        )
    parts = []
    for number, member in enumerate(slides, 1):
        control.progress(number - 1, len(slides))
        slide = _Slide(control)
        parse(archive.chunks(member), slide, control, member)
        text = slide.markdown()
        notes = next(
            (t for t, k in relationships(archive, member).values() if k == "notesSlide"), ""
        )
        if notes and archive.has(notes):
            said = _Slide(control, notes=True)
            parse(archive.chunks(notes), said, control, notes)
            if said.markdown().strip():
                text += "\n\nNotes: " + said.markdown()
        parts.append(Part(f"Slide {number}", text))
    if not parts:
        raise DocumentError(tr("{name} has no slides").format(name=control.name))
    return Extraction(control.name, noop("PowerPoint presentation"), "slide", tuple(parts))
