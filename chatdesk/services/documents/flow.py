"""Markdown for flowing documents (Word, ODT, HTML, EPUB): paragraphs, headings, list items,
tables and page breaks, built from a reader's events.

Readers say what they meet (``paragraph(prefix)``, ``text``, ``end_paragraph``, table rows
and cells, ``page_break``); ``Flow`` turns it into Markdown blocks grouped by page. Text in a
table cell stays in that cell (a nested table's text too), so a table is always one GFM
table. Everything written is counted against the document's text limit.
"""

from __future__ import annotations

import re

from chatdesk.services.documents.model import Control, Part


def table_markdown(rows: list[list[str]]) -> str:
    """A GFM table; the first row is the header. Pipes and line breaks in cells are escaped."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return ""
    width = max(len(r) for r in rows)

    def line(cells: list[str]) -> str:
        cells = [_cell(c) for c in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(cells) + " |"

    return "\n".join([line(rows[0]), "|" + " --- |" * width, *(line(r) for r in rows[1:])])


_ITEM = re.compile(r" *(?:- |1\. )")


def _join(blocks: list[str]) -> str:
    """Blocks apart by a blank line; list items that follow each other by a line break."""
    out: list[str] = []
    for block in blocks:
        if out:
            tight = _ITEM.match(block) and _ITEM.match(out[-1])
            out.append("\n" if tight else "\n\n")
        out.append(block)
    return "".join(out)


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


class _Table:
    def __init__(self, outer_cell: list[str] | None) -> None:
        self.rows: list[list[str]] = []
        self.outer_cell = outer_cell
        """The text of the cell this table sits in, if it is nested."""


class Flow:
    def __init__(self, control: Control) -> None:
        self.control = control
        self._count = control.count
        self.pages: list[list[str]] = [[]]
        self._para: list[str] | None = None
        self._prefix = ""
        self._tables: list[_Table] = []  # open tables, innermost last
        self._cell: list[str] | None = None  # text of the innermost open cell

    @property
    def in_table(self) -> bool:
        return bool(self._tables)

    # -- paragraphs ---------------------------------------------------------------------

    def paragraph(self, prefix: str = "") -> None:
        """Start a paragraph; ``prefix`` is its Markdown lead ("## ", "- ", "  1. ")."""
        self.end_paragraph()
        self._para = []
        self._prefix = prefix

    def text(self, text: str) -> None:
        if not text:
            return
        if self._para is None:
            self.paragraph()
        assert self._para is not None
        self._para.append(self._count(text))

    def end_paragraph(self) -> None:
        if self._para is None:
            return
        text = "".join(self._para).strip()
        self._para = None
        if not text:
            return
        if self._cell is not None:
            self._cell.append(text)
        else:
            indent = " " * (len(self._prefix) - len(self._prefix.lstrip()))
            body = text.replace("\n", "\n" + indent + "  ") if self._prefix.strip() else text
            self.pages[-1].append(self._prefix + body)

    def block(self, markdown: str) -> None:
        """A finished block (a code fence, a rule), outside any table."""
        self.end_paragraph()
        if markdown.strip():
            self.pages[-1].append(self._count(markdown))

    def page_break(self) -> None:
        """A new page starts here (ignored inside tables); a paragraph that has text is
        split, its rest continues on the new page."""
        if self._tables:
            return
        prefix = self._prefix if self._para is not None else None
        had_text = bool(self._para and "".join(self._para).strip())
        self.end_paragraph()
        self.pages.append([])
        if prefix is not None:
            self.paragraph("" if had_text else prefix)

    # -- tables -------------------------------------------------------------------------

    def table(self) -> None:
        """A table starts; inside a cell, its text will go into that cell."""
        self.end_paragraph()
        self._tables.append(_Table(self._cell))
        self._cell = None

    def row(self) -> None:
        self.end_cell()  # HTML may leave a cell open
        if self._tables:
            self._tables[-1].rows.append([])
            self._cell = None

    def cell(self) -> None:
        self.end_cell()
        if self._tables:
            if not self._tables[-1].rows:
                self._tables[-1].rows.append([])
            self._cell = []

    def end_cell(self) -> None:
        self.end_paragraph()
        if self._tables and self._cell is not None:
            self._tables[-1].rows[-1].append(" ".join(self._cell))
        self._cell = None

    def end_table(self) -> None:
        self.end_cell()
        if not self._tables:
            return
        table = self._tables.pop()
        self._cell = table.outer_cell
        if self._cell is not None:  # nested: its text goes into the outer cell
            text = " ; ".join(" ".join(c for c in r if c) for r in table.rows if any(r))
            if text:
                self._cell.append(text)
            return
        markdown = table_markdown(table.rows)
        if markdown:
            self.pages[-1].append(markdown)

    # -- the result ---------------------------------------------------------------------

    def parts(self, unit: str) -> tuple[Part, ...]:
        """Each page as a Part labelled "<Unit> N"; trailing empty pages are dropped."""
        self.end_paragraph()
        while self._tables:
            self.end_table()
        pages = self.pages
        while len(pages) > 1 and not pages[-1]:
            pages.pop()
        return tuple(Part(f"{unit.capitalize()} {n}", _join(b)) for n, b in enumerate(pages, 1))

    def markdown(self) -> str:
        """All pages as one text (HTML has no pages)."""
        return "\n\n".join(p.text for p in self.parts("page") if p.text)
