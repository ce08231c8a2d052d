"""Where an unfinished list, quote or table may be cut into parts while it streams.

Qt lays a table out whole on every change, and re-rendering a list or a quote costs its
whole length, so a long one is shown as parts: finished parts stay, only the last is
rendered again. A cut goes before a line that starts an item, a quoted line or a table
row, never inside an open fence; a single line longer than a part is cut at a sentence
end or a space, and its quote markers start the next part. Plain Python: no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chatdesk.core.markdown import inline_cut

#: A live part is cut once it is this long (characters)…
PIECE = 800
#: …and cut mid-line once it reaches this.
HARD_PIECE = 3000
#: A table's live part is cut sooner: Qt lays out and paints a table whole.
TABLE_PIECE = 400

_ITEM = re.compile(r" {0,3}(?:[>|#]|[*+-](?:\s|$)|\d{1,9}[.)](?:\s|$))")
_FENCE = re.compile(r" *(?:> ?)*(?:`{3,}|~{3,})")
_QUOTE = re.compile(r"(?: {0,3}> ?)+")
_CELL = re.compile(r":?-+:?")


@dataclass
class Cut:
    at: int
    """Where the next part starts in the text."""
    fenced: bool
    """Whether a fence is open there."""
    carry: str = ""
    """Quote markers the next part starts with (a line cut in the middle)."""


@dataclass
class Parts:
    """A list, quote or table shown in parts; its first part starts where the live region does."""

    piece: int
    """Frame-relative document offset where the live (last) part starts."""
    frozen: int = 0
    """Characters of the block in finished parts."""
    fenced: bool = False
    """Whether a fence is open where the live part starts."""
    header: str = ""
    """A table's header rows, rendered atop each later part and then taken out."""
    carry: str = ""
    """Quote markers of a line cut in the middle, put before the live part."""
    shown: str | None = None
    """The live part's text as on screen (None: not shown)."""


def table_header(text: str, start: int) -> str:
    """The header and delimiter rows when ``text[start:]`` is a table, else "": later parts
    of the table are rendered under them, so that they are tables too."""
    first = text.find("\n", start, start + HARD_PIECE)
    second = text.find("\n", first + 1, start + HARD_PIECE) if first != -1 else -1
    if second == -1 or "|" not in text[start:first] or not _is_delimiter(text[first + 1 : second]):
        return ""
    return text[start : second + 1]


def _is_delimiter(line: str) -> bool:
    """A table's delimiter row (``|---|:--:|``), checked without a backtracking pattern."""
    cells = line.strip().removeprefix("|").removesuffix("|").split("|")
    return all(_CELL.fullmatch(cell.strip()) for cell in cells)


def part_cut(
    text: str, start: int, end: int, fenced: bool, table: bool, piece: int = PIECE
) -> Cut | None:
    """The last good place in ``text[start + piece // 2 : start + HARD_PIECE]`` (and before
    ``end``) to end a part, or None when the part may still grow. Linear in HARD_PIECE."""
    low, high = start + piece // 2, min(end, start + HARD_PIECE)
    best: Cut | None = None
    line = start
    while True:
        newline = text.find("\n", line, high)
        if newline == -1:
            break
        if _FENCE.match(text, line, newline):
            fenced = not fenced
        line = newline + 1
        if line >= low and not fenced and (table or _ITEM.match(text, line, end)):
            best = Cut(line, fenced)
    if best is not None or end - start <= HARD_PIECE:
        return best
    segment = text[line : high + 1]
    inside = inline_cut(segment, max(0, low - line), high - line)
    if inside is None:
        inside = segment.rfind(" ", max(0, low - line), high - line) + 1 or high - line
    quoted = _QUOTE.match(text, line, high)
    return Cut(line + inside, fenced, quoted.group(0) if quoted else "")
