"""Word documents (DOCX): the body's paragraphs, headings, list items and tables as Markdown,
split into pages where Word recorded them.

Read with the standard library only: the archive through ``safe_zip``, each XML part
streamed through ``safe_xml``. Headings come from the paragraph style (its outline level,
or a built-in name such as "heading 2", looked up in ``styles.xml`` because style ids are
translated: German Word calls Heading 1 "berschrift1"). Bulleted and numbered paragraphs
are told apart by ``numbering.xml``. Pages: Word saves where each page began when it last
laid the document out (``lastRenderedPageBreak``); without those, explicit page breaks
count. Deleted tracked changes, field codes, headers, footers and comments are left out.
"""

from __future__ import annotations

import re

from chatdesk.core.i18n import noop
from chatdesk.services.documents.flow import Flow
from chatdesk.services.documents.model import Control, Extraction
from chatdesk.services.documents.safe_xml import parse
from chatdesk.services.documents.safe_zip import SafeZip
from chatdesk.services.documents.shared import Collect, main_part, relationships

_SKIPPED = frozenset({"del", "delText", "instrText", "Fallback", "commentReference"})
"""Deleted tracked changes, field codes, and the fallback copy of a text box (its text is
already in the preferred copy)."""
_HEADING_NAME = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


class _Styles(Collect):
    """Paragraph style id -> heading level (0: not a heading)."""

    def __init__(self) -> None:
        super().__init__()
        self.levels: dict[str, int] = {}
        self._id = ""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "style":
            self._id = attrs.get("styleId", "")
        elif self._id and tag == "name":
            name = attrs.get("val", "")
            found = _HEADING_NAME.match(name)
            if found:
                self.levels.setdefault(self._id, int(found.group(1)))
            elif name.lower() == "title":
                self.levels.setdefault(self._id, 1)
        elif self._id and tag == "outlineLvl" and attrs.get("val", "").isdigit():
            self.levels[self._id] = min(int(attrs["val"]) + 1, 6)


class _Numbering(Collect):
    """numId -> levels that are numbered (the rest are bullets)."""

    def __init__(self) -> None:
        super().__init__()
        self.abstract: dict[str, set[str]] = {}
        self.nums: dict[str, str] = {}
        self._abstract = self._num = self._level = ""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "abstractNum":
            self._abstract = attrs.get("abstractNumId", "")
            self.abstract.setdefault(self._abstract, set())
        elif tag == "lvl":
            self._level = attrs.get("ilvl", "0")
        elif tag == "numFmt" and self._abstract and attrs.get("val", "bullet") != "bullet":
            self.abstract[self._abstract].add(self._level)
        elif tag == "num":
            self._num = attrs.get("numId", "")
            self._abstract = ""
        elif tag == "abstractNumId" and self._num:
            self.nums[self._num] = attrs.get("val", "")

    def end(self, tag: str) -> None:
        if tag == "num":
            self._num = ""

    def ordered(self, num: str, level: str) -> bool:
        return level in self.abstract.get(self.nums.get(num, ""), set())


class _Body(Collect):
    def __init__(
        self, control: Control, styles: _Styles, numbering: _Numbering, *, rendered: bool
    ) -> None:
        """``rendered``: pages start where Word last laid them out (else at page breaks)."""
        super().__init__()
        self.flow = Flow(control)
        self._rendered = rendered
        self._styles = styles
        self._numbering = numbering
        self._in_text = False
        self._skip = 0  # depth inside a _SKIPPED element
        self._style = ""
        self._outline = 0
        self._num: tuple[str, str] | None = None
        self._in_ppr = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self._skip or tag in _SKIPPED:
            self._skip += 1
            return
        if tag == "p":
            self._style, self._outline, self._num = "", 0, None
            self.flow.paragraph()
        elif tag == "pPr":
            self._in_ppr = True
        elif self._in_ppr and tag == "pStyle":
            self._style = attrs.get("val", "")
        elif self._in_ppr and tag == "outlineLvl" and attrs.get("val", "").isdigit():
            self._outline = int(attrs["val"]) + 1
        elif self._in_ppr and tag == "ilvl":
            self._num = (self._num[0] if self._num else "", attrs.get("val", "0"))
        elif self._in_ppr and tag == "numId":
            self._num = (attrs.get("val", ""), self._num[1] if self._num else "0")
        elif tag == "t":
            self._in_text = True
        elif tag in ("tab", "ptab") and not self._in_ppr:
            self.flow.text("\t")
        elif tag in ("br", "cr"):
            if attrs.get("type") != "page":
                self.flow.text("\n")
            elif not self._rendered:
                self.flow.page_break()
        elif tag == "lastRenderedPageBreak" and self._rendered:
            self.flow.page_break()
        elif tag == "noBreakHyphen":
            self.flow.text("-")
        elif tag == "tbl":
            self.flow.table()
        elif tag == "tr":
            self.flow.row()
        elif tag == "tc":
            self.flow.cell()

    def end(self, tag: str) -> None:
        if self._skip:
            self._skip -= 1
            return
        if tag == "pPr":
            self._in_ppr = False
            prefix = self._prefix()
            if prefix:
                self.flow.paragraph(prefix)
        elif tag == "t":
            self._in_text = False
        elif tag == "p":
            self.flow.end_paragraph()
        elif tag == "tc":
            self.flow.end_cell()
        elif tag == "tbl":
            self.flow.end_table()

    def _prefix(self) -> str:
        level = self._outline or self._styles.levels.get(self._style, 0)
        if level:
            return "#" * min(level, 6) + " "
        if self._num is not None and self._num[0] not in ("", "0"):
            num, ilvl = self._num
            depth = int(ilvl) if ilvl.isdigit() else 0
            mark = "1." if self._numbering.ordered(num, ilvl) else "-"
            return "  " * min(depth, 8) + mark + " "
        return ""

    def data(self, text: str) -> None:
        if self._in_text and not self._skip:
            self.flow.text(text)


def extract_docx(data: bytes, control: Control) -> Extraction:
    archive = SafeZip(data, control)
    document = main_part(archive, "word/document.xml")
    rels = relationships(archive, document)
    styles, numbering = _Styles(), _Numbering()
    for kind, handler in (("styles", styles), ("numbering", numbering)):
        target = next((t for t, k in rels.values() if k == kind), None)
        if target and archive.has(target):
            parse(archive.chunks(target), handler, control, target)
    body = _Body(control, styles, numbering, rendered=_mentions(archive, document, _RENDERED))
    parse(archive.chunks(document), body, control, document)
    return Extraction(control.name, noop("Word document"), "page", body.flow.parts("page"))


_RENDERED = b"lastRenderedPageBreak"


def _mentions(archive: SafeZip, member: str, needle: bytes) -> bool:
    """Whether the part's bytes contain ``needle`` (inflating it once more is far cheaper
    than parsing it twice)."""
    tail = b""
    for chunk in archive.chunks(member):
        if needle in tail + chunk[: len(needle)] or needle in chunk:
            return True
        tail = chunk[-len(needle) :]
    return False
