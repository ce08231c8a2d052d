"""A reply while it streams: each update costs what arrived, not the size of the reply.

Finished blocks are rendered once. The unfinished block at the end is the "live region",
and how it grows depends on what it is:

- a code block is built once (its label and an empty body) and then only appended to;
  its colours come after it closes, off the UI thread;
- a paragraph is cut, at sentence ends where no inline markup is open, into pieces of a
  bounded size, each its own text block: Qt lays a block out again whole on every change,
  so a 15,000-token paragraph as one block would cost more with every token;
- anything else (a list, a table, a quote) is shown in parts cut before an item, a
  quoted line or a row (``live_parts``): finished parts stay, the last is rendered
  again. When the block ends it is rendered again whole, as it will open from history,
  unless it is so long that this would stall the window: then the parts stay.

Formulas in the live region show as source; they are typeset once their block is
finished (the view does it for finished chunks; a paragraph shown in pieces asks for it
when it ends). A typeset formula is one character where its source was, so the view
reports each replacement (``shift``) and offsets after it move with it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Protocol

from PySide6 import QtGui

from chatdesk.core.markdown import (
    MarkdownRenderer,
    StreamSplitter,
    code_label_html,
    inline_cut,
    starts_block,
    utf16_len,
)
from chatdesk.core.math_markup import may_hold_math
from chatdesk.ui.live_parts import (
    HARD_PIECE,
    PIECE,
    TABLE_PIECE,
    Parts,
    part_cut,
    table_header,
)

#: A list or quote shown in parts is rendered again whole when it ends if it is at most
#: this long (characters); a table, which Qt lays out whole, if it is at most the second.
WHOLE = 16000
WHOLE_TABLE = 4000
#: The space below a paragraph, as Qt gives an HTML ``<p>``.
PARAGRAPH_GAP = 12


class Host(Protocol):
    """What the view offers a live reply."""

    def renderer(self) -> MarkdownRenderer: ...

    def render_chunk(
        self, cursor: QtGui.QTextCursor, uid: str, text: str, chunk: str, headless: bool = False
    ) -> None: ...

    def finish_code(self, key: str, code: str, start: int, language: str) -> None: ...

    def typeset_math(self, start: int, end: int) -> None: ...


@dataclass
class _Code:
    start: int
    """Where the fence line starts in the reply's text."""
    body: int
    """Where the code starts in the reply's text."""
    language: str
    key: str
    code_at: int
    """Frame-relative offset of the code's first character in the document."""
    format: QtGui.QTextCharFormat
    """The monospace format the code is appended in."""
    shown: int = 0
    """Characters of code appended so far."""


@dataclass
class _Paragraph:
    """A paragraph shown in pieces; its first piece starts where the live region does."""

    piece: int
    """Frame-relative document offset where the live (last) piece starts."""
    frozen: int = 0
    """Characters of the paragraph in finished pieces."""
    pieces: int = 0
    checked: int = 0
    """Characters of the paragraph checked for a line that starts another block."""


class LiveReply:
    """Owns the rendering of one streaming reply inside its message frame.

    Positions are kept relative to the frame's start, so edits above the reply (older
    pages, the context marker) cannot stale them; nothing else edits inside the frame.
    """

    def __init__(self, host: Host, frame: QtGui.QTextFrame, uid: str) -> None:
        self._host = host
        self._frame = frame
        self.uid = uid
        self.text = ""
        self._splitter = StreamSplitter()
        self._rendered = 0
        """Characters of ``text`` that are finished and will not change on screen."""
        self._region = self._offset(self._end())
        """Frame-relative offset where the live region starts (it runs to the frame's end)."""
        self._chunks = 0
        self._code: _Code | None = None
        self._paragraph: _Paragraph | None = None
        self._parts: Parts | None = None
        self._not_a_paragraph_at = -1
        """Where a block that looked like a paragraph turned out not to be one."""

    # -- the document ---------------------------------------------------------------

    def _end(self) -> int:
        return self._frame.lastPosition()

    def _offset(self, position: int) -> int:
        return position - self._frame.firstPosition()

    def _position(self, offset: int) -> int:
        return self._frame.firstPosition() + offset

    def _select_to_end(self, offset: int) -> QtGui.QTextCursor:
        cursor = QtGui.QTextCursor(self._frame.document())
        cursor.setPosition(self._position(offset))
        cursor.setPosition(self._end(), QtGui.QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _clear_from(self, offset: int) -> QtGui.QTextCursor:
        cursor = self._select_to_end(offset)
        cursor.removeSelectedText()
        if cursor.block().length() == 1:
            # Removing several blocks leaves the last one's format (a code background,
            # say) on the empty block: what comes next must start plain.
            cursor.setBlockFormat(QtGui.QTextBlockFormat())
            cursor.setCharFormat(QtGui.QTextCharFormat())
        return cursor

    def shift(self, position: int, delta: int) -> None:
        """The document changed length by ``delta`` at ``position`` (a formula typeset in a
        finished block): offsets after it in this frame move with it."""
        if position < self._frame.firstPosition():
            return  # before the frame: frame-relative offsets are unaffected
        offset = self._offset(position)
        if self._region > offset:
            self._region += delta
        if self._paragraph is not None and self._paragraph.piece > offset:
            self._paragraph.piece += delta
        if self._code is not None and self._code.code_at > offset:
            self._code.code_at += delta
        if self._parts is not None and self._parts.piece > offset:
            self._parts.piece += delta

    def _settle(self, upto: int) -> None:
        """What is on screen up to ``upto`` is final: the live region starts after it."""
        self._rendered = upto
        self._region = self._offset(self._end())
        self._code = None
        self._paragraph = None
        self._parts = None

    # -- updates ---------------------------------------------------------------------

    def update(self, text: str, *, final: bool = False) -> None:
        self.text = text
        stable = len(text) if final else self._splitter.feed(text)
        if self._code is not None:
            self._grow_code(final)
        if self._paragraph is not None:
            self._end_paragraph(stable, final)
        if stable > self._rendered and self._code is None and self._paragraph is None:
            if self._keeps_parts(stable):
                self._grow_parts(stable, last=True)
            else:
                cursor = self._clear_from(self._region)
                self._host.render_chunk(cursor, self.uid, text[self._rendered : stable], self._id())
            self._settle(stable)
        if not final:
            self._grow_tail()

    def _id(self) -> str:
        self._chunks += 1
        return f"s{self._chunks}"

    def _grow_tail(self) -> None:
        tail = self.text[self._rendered :]
        if not tail:
            return
        fence = self._splitter.open_fence
        if self._code is None and fence is not None and fence[0] == self._rendered:
            self._parts = None  # cleared with the live region
            self._start_code(fence)
        if self._code is not None:
            self._grow_code(final=False)
            return
        if self._paragraph is None and self._could_be_paragraph(tail):
            self._clear_from(self._region)
            self._parts = None
            self._paragraph = _Paragraph(self._region)
        if self._paragraph is not None and self._grow_paragraph(len(self.text)):
            return
        if self._parts is None:
            self._clear_from(self._region)
            self._parts = Parts(self._region)
        self._grow_parts(len(self.text))

    # -- code ------------------------------------------------------------------------

    def _start_code(self, fence: tuple[int, int]) -> None:
        line = self.text[fence[0] : fence[1]].strip()
        language = line.lstrip("`~").strip().split(" ")[0]
        key = f"{self.uid}/{self._id()}.0"
        theme = self._host.renderer().theme
        cursor = self._clear_from(self._region)
        label = QtGui.QTextBlockFormat()
        label.setTopMargin(6)
        if cursor.block().length() > 1:
            cursor.insertBlock(label, QtGui.QTextCharFormat())
        else:
            cursor.setBlockFormat(label)
        cursor.insertHtml(code_label_html(theme, language, key))
        body = QtGui.QTextBlockFormat()
        body.setBackground(QtGui.QColor(theme.palette.code_bg))
        mono = QtGui.QTextCharFormat()
        mono.setFontFamilies(["monospace"])
        mono.setFontFixedPitch(True)
        cursor.insertBlock(body, mono)
        self._code = _Code(fence[0], fence[1], language, key, self._offset(cursor.position()), mono)

    def _grow_code(self, final: bool) -> None:
        code = self._code
        assert code is not None
        closed = self._splitter.closed.get(code.start)
        if closed is not None or final:
            end = closed[0] if closed is not None else len(self.text)
            source = self.text[code.body : end].rstrip("\n")
            self._append_code(source)
            self._host.finish_code(code.key, source, self._position(code.code_at), code.language)
            self._settle(closed[1] if closed is not None else len(self.text))
            return
        body = self.text[code.body :]
        last_line = body.rfind("\n") + 1
        partial = body[last_line:]
        if partial and not partial.strip(" `~"):
            body = body[:last_line]  # maybe the closing fence, still arriving
        self._append_code(body)

    def _append_code(self, body: str) -> None:
        code = self._code
        assert code is not None
        if len(body) < code.shown:  # a trailing newline was shown: take it back
            cursor = self._select_to_end(code.code_at + utf16_len(body))
            cursor.removeSelectedText()
        elif len(body) > code.shown:
            cursor = QtGui.QTextCursor(self._frame.document())
            cursor.setPosition(self._end())
            cursor.insertText(body[code.shown :], code.format)
        code.shown = len(body)

    # -- paragraphs -------------------------------------------------------------------

    def _could_be_paragraph(self, tail: str) -> bool:
        if self._rendered == self._not_a_paragraph_at:
            return False
        first = tail.split("\n", 1)[0]
        return ("\n" in tail or len(first) > 80) and bool(first.strip()) and not starts_block(first)

    def _grow_paragraph(self, end: int) -> bool:
        """Show ``text[rendered:end]`` as pieces; False when it turned out to be another
        kind of block (then it is rendered whole, the ordinary way)."""
        para = self._paragraph
        assert para is not None
        text = self.text[self._rendered : end]
        while True:
            newline = text.find("\n", para.checked)
            if newline == -1 or newline + 1 >= len(text):
                break
            para.checked = newline + 1
            if starts_block(text[newline + 1 :].split("\n", 1)[0]):
                self._clear_from(self._region)
                self._paragraph = None
                self._not_a_paragraph_at = self._rendered
                return False
        while len(text) - para.frozen > PIECE:  # a burst is cut into pieces, not one block
            window = text[para.frozen : para.frozen + HARD_PIECE + 1]
            cut = inline_cut(window, PIECE // 2, HARD_PIECE)
            if cut is None and len(text) - para.frozen > HARD_PIECE:
                cut = window.rfind(" ", 0, HARD_PIECE) + 1 or None  # never inside a word
            if cut is None:
                break
            self._show_piece(window[:cut])
            para.frozen += cut
            para.pieces += 1
            para.piece = self._offset(self._end())
        self._show_piece(text[para.frozen :])
        return True

    def _show_piece(self, piece: str) -> None:
        para = self._paragraph
        assert para is not None
        cursor = self._clear_from(para.piece)
        if cursor.block().length() > 1:
            block = QtGui.QTextBlockFormat()
            if para.pieces == 0:
                block.setTopMargin(6)
            cursor.insertBlock(block, QtGui.QTextCharFormat())
        cursor.insertHtml(self._host.renderer().render_inline(piece.strip("\n")))

    def _end_paragraph(self, stable: int, final: bool) -> None:
        """The paragraph ended (at the first block boundary after it): show its last piece."""
        if stable <= self._rendered and not final:
            return
        points = self._splitter.points
        index = bisect.bisect_right(points, self._rendered)
        end = points[index] if index < len(points) and points[index] <= stable else stable
        if final and end <= self._rendered:
            end = len(self.text)
        if self._grow_paragraph(end):
            # Pieces sit flush; the paragraph as a whole keeps a paragraph's space below.
            cursor = self._select_to_end(self._offset(self._end()))
            block = cursor.blockFormat()
            block.setBottomMargin(PARAGRAPH_GAP)
            cursor.setBlockFormat(block)
            if may_hold_math(self.text[self._rendered : end]):
                self._host.typeset_math(self._position(self._region), self._end())
            self._settle(end)

    # -- lists, quotes and tables ------------------------------------------------------

    def _keeps_parts(self, stable: int) -> bool:
        """Whether a block shown in parts keeps them when it ends (too long to render whole)."""
        parts = self._parts
        if parts is None or not parts.frozen:
            return False
        return stable - self._rendered > (WHOLE_TABLE if parts.header else WHOLE)

    def _grow_parts(self, end: int, last: bool = False) -> None:
        """Show ``text[rendered:end]`` as parts: cut off finished ones, render the last."""
        parts = self._parts
        assert parts is not None
        base = self._rendered
        if not parts.frozen:
            parts.header = table_header(self.text, base)
        piece = TABLE_PIECE if parts.header else PIECE
        while end - (base + parts.frozen) > piece:
            start = base + parts.frozen
            cut = part_cut(self.text, start, end, parts.fenced, bool(parts.header), piece)
            if cut is None or cut.at - base <= len(parts.header):
                break
            self._show_part(self.text[start : cut.at], frozen=True)
            parts.frozen, parts.fenced, parts.carry = cut.at - base, cut.fenced, cut.carry
            parts.piece = self._offset(self._end())
            parts.shown = None
        start = base + parts.frozen
        if parts.header and not last:  # whole rows only: a table is rendered again per row
            end = max(start, self.text.rfind("\n", start, end) + 1)
        if last or self.text[start:end] != parts.shown:
            self._show_part(self.text[start:end], frozen=last)
            parts.shown = self.text[start:end]
        if last and may_hold_math(self.text[base:end]):  # the parts stay: typeset them now
            self._host.typeset_math(self._position(self._region), self._end())

    def _show_part(self, text: str, *, frozen: bool) -> None:
        """Render a part as an unfinished tail ("t": formulas wait for the block's end, when
        it is usually rendered again whole); a finished part gets its own key prefix, so
        that the Copy links of code blocks in different parts name different blocks."""
        parts = self._parts
        assert parts is not None
        cursor = self._clear_from(parts.piece)
        if not text.strip():
            return
        header = parts.header if parts.frozen else ""
        uid = f"{self.uid}/{self._id()}" if frozen else self.uid
        # A later part of a table parses under the table's header rows, shown only once.
        self._host.render_chunk(cursor, uid, header + parts.carry + text, "t", bool(header))
